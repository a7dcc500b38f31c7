import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters.ts';
import { decodeView, DEFAULT_VIEW, encodeView, historyKey, type KnownIds, type ViewState } from './url-state.ts';

const known: KnownIds = {
  article: (id) => ['000_95353bce6f3dfe6c', '004_7266266f45e0730c', 'a,b'].includes(id),
  place: (id) => ['gn:99072', 'cur:old-city-mosul'].includes(id),
};

const full: ViewState = {
  camera: { lon: 43.123456789, lat: 36.3, zoom: 9.256, bearing: -12.34, pitch: 30 },
  filters: {
    hiddenArticles: ['004_7266266f45e0730c', 'a,b'],
    hiddenGroups: ['local', 'country'],
    hiddenSections: ['related'],
    text: 'Thành cổ & co',
    dateFrom: '2016-10-01',
    dateTo: '2017-12-31',
    area: { kind: 'near', lon: 43.1, lat: 36.3, km: 25 },
  },
  place: 'cur:old-city-mosul',
  article: '000_95353bce6f3dfe6c',
  basemap: 'https://tiles.example.org/style.json?key=a&b=c',
  added: ['a,b'],
};

describe('URL state', () => {
  it('round-trips a full view, rounding the camera', () => {
    const hash = encodeView(full);
    const { state, problems, elsewhere } = decodeView(hash, known);
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual({ ids: [], more: 0 });
    expect(state).toEqual({ ...full, camera: { lon: 43.12346, lat: 36.3, zoom: 9.26, bearing: -12.3, pitch: 30 } });
  });

  it('writes nothing for the default view and short links for ordinary ones', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(encodeView(full).length).toBeLessThan(400);
    const manyArticles = { ...full, filters: { ...full.filters, hiddenArticles: Array.from({ length: 60 }, (_, i) => `article-${i}`) } };
    expect(encodeView(manyArticles).length).toBeLessThan(2000);
  });

  it('reads the view area and a camera without bearing and pitch', () => {
    const { state, problems } = decodeView('#map=5/35/40&area=view', known);
    expect(problems).toEqual([]);
    expect(state.camera).toEqual({ zoom: 5, lat: 35, lon: 40, bearing: 0, pitch: 0 });
    expect(state.filters.area).toEqual({ kind: 'view' });
  });

  it('keeps the camera and the added articles out of the history key', () => {
    const moved = { ...full, camera: { ...full.camera!, zoom: 3 } };
    expect(historyKey(moved)).toBe(historyKey(full));
    expect(historyKey({ ...full, added: ['another'] })).toBe(historyKey(full));
    expect(historyKey({ ...full, place: null })).not.toBe(historyKey(full));
  });

  it.each([
    ['#map=abc/1/2', 'zoom is not a number'],
    ['#map=5/95/2', 'latitude is out of range'],
    ['#map=5/1/2/0/0/7', 'the map position is unreadable'],
    ['#map=1e3/1/2', 'zoom is not a number'],
    ['#place=gn:1', 'the place "gn:1" is not loaded'],
    ['#hide=nope', 'the article "nope" is not loaded'],
    ['#off=streets', 'there is no layer "streets"'],
    ['#q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'the search text holds characters no place name has'],
    ['#style=javascript:alert(1)', 'the basemap URL must start with https://, http:// or pmtiles://'],
    ['#from=2017-02-30', 'the start date is not a date'],
    ['#from=2018-01-01&to=2017-01-01', 'the start date is after the end date'],
    ['#area=1,2', 'the area is unreadable'],
    ['#q=%E0%A4%A', 'the link is not properly encoded'],
    ['#<img src=x onerror=alert(1)>', 'the link has an unknown part "<img src"'],
    ['#<b>bold</b>', 'the link part "<b>bold</b>" has no value'],
    ['#map=5/1/2&map=6/1/2', 'the link repeats "map"'],
    ['#evil=1', 'the link has an unknown part "evil"'],
    [`#q=${'a'.repeat(5000)}`, 'the link is too long'],
  ])('refuses %#: %s with a reason and the default view', (hash, reason) => {
    const { state, problems, elsewhere } = decodeView(hash, known);
    expect(problems).toEqual([reason]);
    expect(elsewhere.ids).toEqual([]);
    expect(state).toEqual(DEFAULT_VIEW);
  });

  it('opens a view with articles added elsewhere, naming the missing ones', () => {
    const { state, problems, elsewhere } = decodeView('#mine=mine-1,004_7266266f45e0730c,mine-2&hide=mine-1,a%2Cb&article=mine-2&place=gn:555&q=mosul', known);
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual({ ids: ['mine-1', 'mine-2'], more: 0 });
    expect(state.filters).toMatchObject({ hiddenArticles: ['a,b'], text: 'mosul' });
    // the article and the place are the missing articles': the rest of the view opens
    expect(state.article).toBeNull();
    expect(state.place).toBeNull();
  });

  it('names the first 40 added articles and counts the rest, and tolerates those it only counted', () => {
    const ids = Array.from({ length: 45 }, (_, i) => `added-${i}`);
    const hash = encodeView({ ...DEFAULT_VIEW, added: ids });
    expect(hash).toMatch(/added-39,\+5$/);
    expect(decodeView(`${hash}&hide=added-44`, known)).toMatchObject({ problems: [], elsewhere: { ids: ids.slice(0, 40), more: 5 } });
  });

  it('still refuses unknown ids that no added article explains', () => {
    expect(decodeView('#mine=mine-1&hide=other', known).problems).toEqual(['the article "other" is not loaded']);
    expect(decodeView('#mine=000_95353bce6f3dfe6c&place=gn:555', known).problems).toEqual(['the place "gn:555" is not loaded']);
    expect(decodeView('#mine=,', known).problems).toEqual(['the list of added articles is unreadable']);
  });

  it('gives the default view for an empty hash', () => {
    expect(decodeView('', known)).toEqual({ state: DEFAULT_VIEW, problems: [], elsewhere: { ids: [], more: 0 } });
    expect(decodeView('#', known).state.filters).toEqual(NO_FILTERS);
  });
});
