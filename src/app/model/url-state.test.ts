import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters.ts';
import { basemapUrlProblem, decodeView, DEFAULT_VIEW, encodeView, historyKey, type KnownIds, type LinkProblem, type ViewState } from './url-state.ts';

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
  lang: 'vi',
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

  it('carries the chosen language in a few characters, and none when no choice was made', () => {
    expect(encodeView({ ...DEFAULT_VIEW, lang: 'vi' })).toBe('#lang=vi');
    expect(encodeView({ ...DEFAULT_VIEW, lang: 'en' })).toBe('#lang=en');
    expect(decodeView('#lang=en', known).state).toEqual({ ...DEFAULT_VIEW, lang: 'en' });
    expect(decodeView('#map=5/35/40&lang=vi', known).state.lang).toBe('vi');
    expect(encodeView({ ...full, lang: null })).not.toContain('lang');
  });

  it.each<[string, LinkProblem]>([
    ['#map=abc/1/2', { kind: 'notNumber', field: 'zoom' }],
    ['#map=5/95/2', { kind: 'outOfRange', field: 'latitude' }],
    ['#map=5/1/2/0/0/7', { kind: 'cameraUnreadable' }],
    ['#map=1e3/1/2', { kind: 'notNumber', field: 'zoom' }],
    ['#place=gn:1', { kind: 'notLoaded', what: 'place', value: 'gn:1' }],
    ['#hide=nope', { kind: 'notLoaded', what: 'article', value: 'nope' }],
    ['#off=streets', { kind: 'unknownLayer', value: 'streets' }],
    ['#q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', { kind: 'textCharacters' }],
    ['#style=javascript:alert(1)', { kind: 'urlScheme' }],
    ['#style=not%20a%20url', { kind: 'notUrl' }],
    ['#from=2017-02-30', { kind: 'notDate', field: 'dateFrom' }],
    ['#from=2018-01-01&to=2017-01-01', { kind: 'datesReversed' }],
    ['#area=1,2', { kind: 'areaUnreadable' }],
    ['#area=1,2,0', { kind: 'outOfRange', field: 'areaRadius' }],
    ['#q=%E0%A4%A', { kind: 'badEncoding' }],
    ['#<img src=x onerror=alert(1)>', { kind: 'unknownPart', value: '<img src' }],
    ['#<b>bold</b>', { kind: 'noValue', value: '<b>bold</b>' }],
    ['#map=5/1/2&map=6/1/2', { kind: 'repeated', value: 'map' }],
    ['#evil=1', { kind: 'unknownPart', value: 'evil' }],
    ['#lang=fr', { kind: 'unknownLanguage', value: 'fr' }],
    ['#lang=VI', { kind: 'unknownLanguage', value: 'VI' }],
    ['#lang=', { kind: 'unknownLanguage', value: '' }],
    ['#lang=vi&lang=en', { kind: 'repeated', value: 'lang' }],
    [`#lang=${'<script>'.repeat(20)}`, { kind: 'unknownLanguage', value: '<script><script><script><scrip' }],
    [`#q=${'a'.repeat(5000)}`, { kind: 'linkTooLong' }],
  ])('refuses %s with a reason and the default view', (hash, problem) => {
    const { state, problems, elsewhere } = decodeView(hash, known);
    expect(problems).toEqual([problem]);
    expect(elsewhere.ids).toEqual([]);
    expect(state).toEqual(DEFAULT_VIEW);
  });

  it('checks a basemap URL typed in the settings', () => {
    expect(basemapUrlProblem('https://tiles.example.org/style.json')).toBeNull();
    expect(basemapUrlProblem('ftp://tiles.example.org/style.json')).toEqual({ kind: 'urlScheme' });
    expect(basemapUrlProblem('pmtiles://https://tiles.example.org/world.pmtiles')).toBeNull();
    // an archive is fetched from the address after pmtiles://, which must be http(s) too
    expect(basemapUrlProblem('pmtiles://javascript:alert(1)')).toEqual({ kind: 'notUrl' });
    expect(basemapUrlProblem('pmtiles://javascript:0/alert(1)')).toEqual({ kind: 'urlScheme' });
    expect(basemapUrlProblem('pmtiles://ftp://tiles.example.org/world.pmtiles')).toEqual({ kind: 'urlScheme' });
    expect(basemapUrlProblem('pmtiles://world.pmtiles')).toEqual({ kind: 'urlScheme' });
    expect(basemapUrlProblem(`https://x.org/${'a'.repeat(1000)}`)).toEqual({ kind: 'urlTooLong' });
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
    expect(decodeView('#mine=mine-1&hide=other', known).problems).toEqual([{ kind: 'notLoaded', what: 'article', value: 'other' }]);
    expect(decodeView('#mine=000_95353bce6f3dfe6c&place=gn:555', known).problems).toEqual([{ kind: 'notLoaded', what: 'place', value: 'gn:555' }]);
    expect(decodeView('#mine=,', known).problems).toEqual([{ kind: 'addedUnreadable' }]);
  });

  it('gives the default view for an empty hash', () => {
    expect(decodeView('', known)).toEqual({ state: DEFAULT_VIEW, problems: [], elsewhere: { ids: [], more: 0 } });
    expect(decodeView('#', known).state.filters).toEqual(NO_FILTERS);
  });
});
