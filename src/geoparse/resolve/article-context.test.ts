import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { gazetteer } from '../test/geoparse-fixture.ts';
import type { PlaceFeature, PlaceType } from '../types.ts';
import { ArticleContext } from './article-context.ts';

const { table } = gazetteer;
const at = (id: string) => table.indexOf(id)!;

describe('ArticleContext', () => {
  it('counts a name read as a place as a mention of it, and a name for its people not', () => {
    const raqqa = at('ne:SY.04');
    expect(new ArticleContext([{ place: raqqa, demonym: false, times: 1 }], table).mentions(raqqa, null)).toBe(true);
    expect(new ArticleContext([{ place: raqqa, demonym: true, times: 1 }], table).mentions(raqqa, null)).toBe(false);
  });
  it('leaves a name\'s own reading out', () => {
    const reading = { place: at('ne:SY.04'), demonym: false, times: 1 };
    expect(new ArticleContext([reading], table).mentions(reading.place, reading)).toBe(false);
  });
  it('counts a name for a country\'s people towards the places in that country', () => {
    const mosul = at('gn:99072');
    const withIraqi = new ArticleContext([{ place: at('iso:IQ'), demonym: true, times: 1 }], table).affinity(mosul, null);
    const alone = new ArticleContext([], table).affinity(mosul, null);
    expect(withIraqi).toBeGreaterThan(alone);
  });
  it('weighs a province the article writes again and again above one it writes once', () => {
    const paris = at('gn:4717560');
    const texas = (times: number) => ({ place: at('ne:US.TX'), demonym: false, times });
    const once = new ArticleContext([texas(1)], table).affinity(paris, null);
    const often = new ArticleContext([texas(4)], table).affinity(paris, null);
    expect(often).toBeGreaterThan(once);
    // the name's own occurrences are no evidence for it
    expect(new ArticleContext([texas(4)], table).affinity(at('ne:US.TX'), texas(4))).toBe(new ArticleContext([], table).affinity(at('ne:US.TX'), null));
  });
  it('counts another name in the same province for a town, unless the town is named like its province', () => {
    const feature = (id: string, name: string, type: PlaceType, lon: number, admin1?: string): PlaceFeature => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [lon, 0] },
      properties: { id, name, names: { en: [name], vi: [], ar: [] }, alt: [], type, countryCode: 'XX', population: 1000, source: 'test', ...(admin1 ? { admin1 } : {}) },
    });
    // two towns one degree either side of a third: one in its province, one over the border
    const mini = loadGazetteer({
      type: 'FeatureCollection',
      features: [
        feature('p:west', 'Westland', 'admin1', -5), feature('p:east', 'Eastland', 'admin1', 5),
        feature('t:mid', 'Middleton', 'city', 0, 'p:west'), feature('t:namesake', 'Westland', 'city', 0, 'p:west'),
        feature('t:inside', 'Insley', 'city', -1, 'p:west'), feature('t:over', 'Overby', 'city', 1, 'p:east'),
      ],
    }).table;
    const id = (s: string) => mini.indexOf(s)!;
    const beside = (town: string, other: string) => new ArticleContext([{ place: id(other), demonym: false, times: 1 }], mini).affinity(id(town), null);
    expect(beside('t:mid', 't:inside')).toBeCloseTo(beside('t:mid', 't:over') + 0.5);
    expect(beside('t:namesake', 't:inside')).toBeCloseTo(beside('t:namesake', 't:over'));
  });
});
