import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '../test/fixture-gazetteer.ts';
import { encodeGazetteer } from './encode-gazetteer.ts';
import { isGazetteerIndex, readSections } from './gazetteer-format.ts';
import { openGazetteer } from './load-gazetteer.ts';
import { NO_NODE, ROOT } from './name-index.ts';
import { GazetteerError } from './validate-gazetteer.ts';

const features = fixtureGazetteer.features;
const bytes = encodeGazetteer(features);
const gazetteer = openGazetteer(bytes);
const indexOf = (id: string) => features.findIndex(f => f.properties.id === id);

describe('compact gazetteer', () => {
  it('gives back every feature as it was, in the same order', () => {
    expect(gazetteer.table.length).toBe(features.length);
    features.forEach((f, i) => expect(gazetteer.table.feature(i)).toStrictEqual(f));
  });

  it('holds in its columns what the features say', () => {
    const { table } = gazetteer;
    features.forEach((f, i) => {
      const p = f.properties;
      expect([table.id(i), table.name(i), table.type(i), table.countryCode(i), table.population(i), table.capital(i), table.lon(i), table.lat(i)])
        .toEqual([p.id, p.name, p.type, p.countryCode, p.population, !!p.capital, ...f.geometry.coordinates]);
      expect([table.admin1(i), table.parent(i)]).toEqual([p.admin1 ? indexOf(p.admin1) : -1, p.parent ? indexOf(p.parent) : -1]);
    });
    expect(table.admin1(indexOf('gn:99072'))).toBe(indexOf('ne:IQ.15'));
  });

  it('knows which places hold a place: its county or city, its province, its country', () => {
    const holds = (holder: string, place: string) => gazetteer.table.holds(indexOf(holder), indexOf(place));
    expect([holds('fips:06007', 'gn:5381002'), holds('ne:US.CA', 'gn:5381002'), holds('iso:US', 'gn:5381002')]).toEqual([true, true, true]);
    expect([holds('gn:99072', 'cur:old-city-mosul'), holds('iso:IQ', 'gn:99072'), holds('ne:IQ.15', 'gn:99072')]).toEqual([true, true, true]);
    expect([holds('ne:US.TX', 'gn:5381002'), holds('iso:IQ', 'gn:5381002'), holds('fips:06007', 'gn:5509952')]).toEqual([false, false, false]);
  });

  it('finds a place by its id', () => {
    features.forEach((f, i) => expect(gazetteer.table.indexOf(f.properties.id)).toBe(i));
    expect(gazetteer.table.indexOf('gn:1')).toBeUndefined();
    expect(gazetteer.table.indexOf('')).toBeUndefined();
  });

  it('makes each feature once, when first read', () => {
    const { table } = gazetteer;
    expect(table.feature(3)).toBe(table.feature(3));
  });

  it('walks names word by word, folded', () => {
    const { names } = gazetteer;
    const deir = names.step(ROOT, 'deir');
    expect(deir).not.toBe(NO_NODE);
    expect([names.hits(deir), names.continues(deir)]).toEqual([null, true]);
    const zor = names.step(names.step(deir, 'ez'), 'zor');
    expect(names.hits(zor)!.map(h => h.place)).toEqual([indexOf('ne:SY.07'), indexOf('gn:170794')]);
    expect(names.hits(zor)).toBe(names.hits(zor));
    expect(names.continues(zor)).toBe(true);
    expect(names.continues(names.step(zor, 'governorate'))).toBe(false);
    expect(names.step(deir, 'atlantis')).toBe(NO_NODE);
    expect(names.step(ROOT, 'ez')).toBe(NO_NODE);
  });

  it('marks demonyms, acronyms, abbreviations and names relative to a city', () => {
    const { names } = gazetteer;
    expect(names.hitsOf('iraqi')).toEqual([{ place: indexOf('iso:IQ'), demonym: true, acronym: false, relative: false, spelling: 'Iraqi' }]);
    expect(names.hitsOf('uae')).toEqual([{ place: indexOf('iso:AE'), demonym: false, acronym: true, relative: false, spelling: 'UAE' }]);
    expect(names.hitsOf('ky')).toEqual([{ place: indexOf('ne:US.KY'), demonym: false, acronym: false, relative: false, spelling: 'Ky.', abbreviation: true }]);
    expect(names.hitsOf('old city')).toEqual([{ place: indexOf('cur:old-city-mosul'), demonym: false, acronym: false, relative: true, spelling: 'old city' }]);
    expect(names.hitsOf('atlantis')).toBeNull();
  });

  it('is the same bytes for the same features, and keeps the hash of its source', () => {
    expect(encodeGazetteer(features)).toEqual(bytes);
    const hash = Uint8Array.from({ length: 32 }, (_, i) => i);
    expect(readSections(encodeGazetteer(features, hash)).sourceHash).toEqual(hash);
    expect(readSections(bytes).sourceHash).toEqual(new Uint8Array(32));
  });

  it('opens a copy that starts at any byte offset', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(openGazetteer(shifted.subarray(3)).table.feature(5)).toStrictEqual(features[5]);
  });

  it('refuses what is not a compact gazetteer of this format', () => {
    const json = new TextEncoder().encode(JSON.stringify(fixtureGazetteer));
    expect(isGazetteerIndex(bytes)).toBe(true);
    expect(isGazetteerIndex(json)).toBe(false);
    expect(() => openGazetteer(json)).toThrow(new GazetteerError('not a compact gazetteer file'));
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(4, 99, true);
    expect(() => openGazetteer(other)).toThrow(/format 99/);
    expect(() => openGazetteer(bytes.subarray(0, bytes.length / 2))).toThrow(/cut short/);
  });
});
