import { describe, expect, it } from 'vitest';
import { placeFeature, serialiseGazetteer, type PlaceDraft } from './feature.ts';

const draft = (over: Partial<PlaceDraft> = {}): PlaceDraft => ({
  id: 'gn:1',
  name: 'Hanoi',
  names: { en: ['Ha Noi'], vi: ['Hà Nội', 'Ha Noi'], ar: [] },
  alt: ['Hanoi', 'HANOI', 'Thang Long'],
  type: 'city',
  countryCode: 'VN',
  population: 8053663,
  source: 'geonames:1',
  capital: false,
  lat: 21.024500001,
  lon: 105.841170004,
  ...over,
});

describe('placeFeature', () => {
  it('de-duplicates names across lists and rounds the point', () => {
    const f = placeFeature(draft());
    expect(f.properties.names).toEqual({ en: ['Hanoi', 'Ha Noi'], vi: ['Hà Nội'], ar: [] });
    expect(f.properties.alt).toEqual(['Thang Long']);
    expect(f.geometry.coordinates).toEqual([105.84117, 21.0245]);
    expect(f.id).toBe('gn:1');
  });
  it('writes optional fields only when set, in a fixed order', () => {
    expect(Object.keys(placeFeature(draft()).properties)).toEqual(['id', 'name', 'names', 'alt', 'type', 'countryCode', 'population', 'source']);
    const full = placeFeature(draft({ admin1: 'ne:VN.44', capital: true, demonyms: ['Hanoian'], approx: true }));
    expect(Object.keys(full.properties)).toEqual(['id', 'name', 'names', 'alt', 'type', 'countryCode', 'admin1', 'population', 'source', 'approx', 'capital', 'demonyms']);
  });
});

describe('serialiseGazetteer', () => {
  it('sorts by id, one feature a line, whatever the input order', () => {
    const a = placeFeature(draft({ id: 'iso:VN' }));
    const b = placeFeature(draft({ id: 'gn:1' }));
    const text = serialiseGazetteer([a, b]);
    expect(text).toBe(serialiseGazetteer([b, a]));
    const lines = text.split('\n');
    expect(lines[1]).toContain('"id":"gn:1"');
    expect(lines[2]).toContain('"id":"iso:VN"');
    expect(JSON.parse(text).features).toHaveLength(2);
  });
  it('refuses duplicate ids', () => {
    expect(() => serialiseGazetteer([placeFeature(draft()), placeFeature(draft())])).toThrow(/duplicate/);
  });
});
