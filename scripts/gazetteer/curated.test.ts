import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAlias, curatedDraft, mergeAliases, curatedFileKind, parseAliases, parseCountryPoints, parseCuratedPlaces, repeatedTopLevelKeys } from './curated.ts';
import type { PlaceDraft } from './feature.ts';
import { paths } from './sources.ts';

const place = {
  id: 'cur:old-city-mosul', name: 'Old City of Mosul', names: { vi: ['Thành cổ Mosul'] }, type: 'district', countryCode: 'IQ',
  parent: 'gn:99072', lat: 36.34306, lon: 43.12667, source: 'https://example.org', approx: true,
};

describe('parseCuratedPlaces', () => {
  it('accepts a well-formed place and drafts it', () => {
    const [p] = parseCuratedPlaces([place], 'places.json');
    expect(curatedDraft(p!)).toMatchObject({ id: 'cur:old-city-mosul', names: { en: [], vi: ['Thành cổ Mosul'], ar: [] }, alt: [], population: 0, approx: true });
  });
  it.each([
    [{ id: 'old-city' }, /id/],
    [{ type: 'town' }, /type/],
    [{ countryCode: 'IRQ' }, /countryCode/],
    [{ lat: 120 }, /range/],
    [{ source: '' }, /source/],
    [{ alt: ['ok', 3] }, /alt/],
  ])('rejects %o', (change, message) => {
    expect(() => parseCuratedPlaces([{ ...place, ...change }], 'places.json')).toThrow(message);
  });
});

describe('parseAliases and applyAlias', () => {
  it('needs a source for every entry and skips notes', () => {
    expect(() => parseAliases({ 'iso:GB': { vi: ['Anh'] } }, 'aliases.json')).toThrow(/source/);
    expect([...parseAliases({ _about: 'notes', 'iso:GB': { vi: ['Anh'], source: 'x' } }, 'aliases.json').keys()]).toEqual(['iso:GB']);
  });
  it('puts curated names first and can replace the label', () => {
    const base: PlaceDraft = {
      id: 'iso:GB', name: 'United Kingdom', names: { en: ['United Kingdom'], vi: ['Vương quốc Anh'], ar: [] }, alt: [], type: 'country',
      countryCode: 'GB', population: 1, source: 'factbook:GB', demonyms: ['British'], lat: 54, lon: -2,
    };
    const out = applyAlias(base, { en: ['Britain'], vi: ['Anh'], demonyms: ['Brit'], source: 'x' });
    expect(out.name).toBe('United Kingdom');
    expect(out.names.vi).toEqual(['Anh', 'Vương quốc Anh']);
    expect(out.names.en).toEqual(['United Kingdom', 'Britain', 'United Kingdom']);
    expect(out.demonyms).toEqual(['British', 'Brit']);
    expect(applyAlias(base, { name: 'UK', source: 'x' }).name).toBe('UK');
  });
  it('can replace the dataset\'s names when they are wrong', () => {
    const base: PlaceDraft = {
      id: 'ne:VN.43', name: 'Đông Nam Bộ', names: { en: ['Đông Nam Bộ'], vi: ['Đông Nam Bộ'], ar: ['دونغ نام بو'] }, alt: ['South East'], type: 'admin1',
      countryCode: 'VN', population: 0, source: 'naturalearth:VN.43', lat: 11.1, lon: 107.2,
    };
    const out = applyAlias(base, { name: 'Đồng Nai', en: ['Dong Nai'], vi: ['Đồng Nai'], replaceNames: true, source: 'x' });
    expect(out).toMatchObject({ name: 'Đồng Nai', names: { en: ['Đồng Nai', 'Dong Nai'], vi: ['Đồng Nai'], ar: [] }, alt: [] });
    expect(() => parseAliases({ 'ne:VN.43': { replaceNames: 'yes', source: 'x' } }, 'aliases.json')).toThrow(/replaceNames/);
  });
});

describe('repeatedTopLevelKeys', () => {
  it('finds an id given twice, which JSON.parse would silently reduce to the last', () => {
    expect(repeatedTopLevelKeys('{ "gn:1": { "en": ["A"] }, "gn:2": { "gn:1": 1 }, "gn:1": { "vi": ["B"] } }')).toEqual(['gn:1']);
    expect(repeatedTopLevelKeys('{ "gn:1": { "en": ["a \\" : b"] }, "gn:2": {} }')).toEqual([]);
  });
});

describe('mergeAliases', () => {
  it('joins one place\'s aliases from two files', () => {
    expect(mergeAliases({ alt: ['Kan.'], source: 'a' }, { demonyms: ['Kansan', 'Kansans'], source: 'b' }, 'x')).toMatchObject({ alt: ['Kan.'], demonyms: ['Kansan', 'Kansans'], source: 'a b' });
  });
  it('refuses two new labels for one place', () => {
    expect(() => mergeAliases({ name: 'A', source: 'a' }, { name: 'B', source: 'b' }, 'aliases.json ne:X')).toThrow(/renamed in two files/);
  });
});

describe('parseCountryPoints', () => {
  const file = { _about: 'notes', source: 'Gerald Venzl, sample-data-sets', licence: 'CC BY 4.0', points: [{ countryCode: 'CA', name: 'Canada', lat: 60.10867, lon: -113.64258 }] };
  it('reads points keyed by country code', () => {
    expect([...parseCountryPoints(file, 'country-points.json')]).toEqual([['CA', { lat: 60.10867, lon: -113.64258 }]]);
  });
  it.each([
    [{ source: '' }, /source/],
    [{ licence: undefined }, /licence/],
    [{ points: {} }, /points/],
    [{ points: [{ countryCode: 'CAN', lat: 1, lon: 1 }] }, /alpha-2/],
    [{ points: [{ countryCode: 'CA', lat: 91, lon: 1 }] }, /range/],
    [{ points: [{ countryCode: 'CA', lat: 1, lon: 1 }, { countryCode: 'CA', lat: 2, lon: 2 }] }, /twice/],
  ])('rejects %o', (change, message) => {
    expect(() => parseCountryPoints({ ...file, ...change }, 'country-points.json')).toThrow(message);
  });
});

describe('curatedFileKind', () => {
  it('tells aliases, country points and places apart by file name', () => {
    expect(curatedFileKind('aliases.json')).toBe('aliases');
    expect(curatedFileKind('aliases-us.json')).toBe('aliases');
    expect(curatedFileKind('country-points.json')).toBe('country-points');
    expect(curatedFileKind('places.json')).toBe('places');
  });
});

describe('data/curated', () => {
  it('every file parses', () => {
    const parsers = { aliases: parseAliases, 'country-points': parseCountryPoints, places: parseCuratedPlaces };
    for (const file of readdirSync(paths.curated).filter(f => f.endsWith('.json'))) {
      const json: unknown = JSON.parse(readFileSync(join(paths.curated, file), 'utf8'));
      expect(() => parsers[curatedFileKind(file)](json, file), file).not.toThrow();
    }
  });
});
