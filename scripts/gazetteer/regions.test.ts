import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Admin1Input, NaturalEarthAdmin1 } from './admin1.ts';
import type { PlaceDraft } from './feature.ts';
import { regionCode, regionPoint, regionsOf, withoutRegionNames } from './regions.ts';

const square = (lon: number, lat: number, size = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]],
});

/** A province of a made-up country "XX", its label point in the middle of its square. */
function province(name: string, region: string, regionCod: string, lon: number, lat: number, size = 1, extra: Partial<NaturalEarthAdmin1> = {}): Admin1Input {
  return {
    properties: {
      adm1_code: `XX-${name}`, iso_3166_2: `XX-${name.slice(0, 2).toUpperCase()}`, iso_a2: 'XX', gn_a1_code: '', name,
      region, region_cod: regionCod, latitude: lat + size / 2, longitude: lon + size / 2, ...extra,
    },
    geometry: square(lon, lat, size),
  };
}

const CLDR = { en: { xx01: 'Uplands', xx02: 'Coast²', xx03: 'Western', xx04: 'Solo' }, vi: { xx01: 'Vùng cao' }, ar: {} };

describe('regionCode', () => {
  it("reads ISO 3166-2 region codes, Spain's dotted ones and stray spaces", () => {
    expect(regionCode('IT', 'IT-25')).toBe('IT-25');
    expect(regionCode('ES', 'ES.CT')).toBe('ES-CT');
    expect(regionCode('FR', 'FR-IDF\t')).toBe('FR-IDF');
    expect(regionCode('NA', 'NAM-KTM')).toBeNull();
    expect(regionCode('IT', 'FR-BRE')).toBeNull();
    expect(regionCode('IT', '')).toBeNull();
  });
});

describe('regionPoint', () => {
  it("weighs the provinces' label points by their areas", () => {
    const [lon, lat] = regionPoint([province('A', 'R', 'XX-01', 0, 0, 3), province('B', 'R', 'XX-01', 3, 0, 1)]);
    // (1.5 * 9 + 3.5 * 1) / 10 in longitude
    expect(lon).toBeCloseTo(1.7);
    expect(lat).toBeCloseTo((1.5 * 9 + 0.5) / 10);
  });
  it('takes the nearest label point when the mean falls outside every province', () => {
    // two squares far apart: their mean lies between them
    expect(regionPoint([province('A', 'R', 'XX-01', 0, 0), province('B', 'R', 'XX-01', 10, 0, 1.2)])).toEqual([10.6, 0.6]);
  });
});

describe('regionsOf', () => {
  const inputs = [
    province('Alpha', 'Uplands', 'XX-01', 0, 0, 1, { name_alt: 'Uplands|Alfa' }),
    province('Beta', 'Uplands', 'XX-01', 1, 0),
    province('Gamma', 'Coast (Region II)', 'XX-02', 0, 5),
    province('Delta', 'Coast (Region II)', 'XX-02', 1, 5),
    province('Epsilon', 'West', 'XX-03', 0, 9),
    province('Zeta', 'West', 'XX-03', 1, 9),
    province('Eta', 'Solo', 'XX-04', 5, 5),
  ];
  const regions = regionsOf(inputs, CLDR, new Set());
  const byId = new Map(regions.map(r => [r.id, r]));

  it('makes a first-level region of two or more provinces, named by CLDR and by Natural Earth', () => {
    expect(byId.get('ne:XX-01')).toMatchObject({ name: 'Uplands', names: { en: ['Uplands'], vi: ['Vùng cao'], ar: [] }, type: 'admin1', countryCode: 'XX', lat: 0.5, lon: 1 });
    // CLDR's superscript and Natural Earth's note in brackets are no part of the name
    expect(byId.get('ne:XX-02')).toMatchObject({ name: 'Coast', alt: ['Coast'] });
  });
  it('writes a region named only by its compass point with its kind', () => {
    expect(byId.get('ne:XX-03')?.name).toBe('Western Province');
  });
  it('makes none of one province, none whose id is taken, and none named as another division', () => {
    expect(byId.has('ne:XX-04')).toBe(false);
    expect(regionsOf(inputs, CLDR, new Set(['ne:XX-01'])).map(r => r.id)).not.toContain('ne:XX-01');
    const clashing = [...inputs, province('Uplands', '', '', 20, 20)];
    expect(regionsOf(clashing, CLDR, new Set()).map(r => r.id)).not.toContain('ne:XX-01');
  });
  it("counts no clash with a province of the region that Natural Earth labels with the region's name", () => {
    const mislabelled = [province('Alpha', 'Uplands', 'XX-01', 0, 0, 1, { name_en: 'Uplands' }), province('Beta', 'Uplands', 'XX-01', 1, 0)];
    expect(regionsOf(mislabelled, CLDR, new Set()).map(r => r.id)).toEqual(['ne:XX-01']);
  });
});

describe('withoutRegionNames', () => {
  const region: PlaceDraft = { id: 'ne:XX-01', name: 'Uplands', names: { en: ['Uplands'], vi: ['Vùng cao'], ar: [] }, alt: ['Altopiano'], type: 'admin1', countryCode: 'XX', population: 0, source: 'test', lat: 0, lon: 0 };
  const draft = (name: string, en: string[], alt: string[], countryCode = 'XX'): PlaceDraft => ({ ...region, id: `ne:${name}`, name, names: { en, vi: ['Vùng cao'], ar: [] }, alt, countryCode });

  it("drops a region's names from a province, in any language and with a kind after them", () => {
    expect(withoutRegionNames(draft('Alpha', ['Alpha'], ['Uplands', 'Uplands Province', 'Altopiano', 'Alfa']), [region])).toMatchObject({
      name: 'Alpha',
      names: { en: ['Alpha'], vi: [] },
      alt: ['Alfa'],
    });
  });
  it("renames a province labelled with its region's name", () => {
    expect(withoutRegionNames(draft('Uplands', ['Uplands', 'Alpha'], []), [region]).name).toBe('Alpha');
  });
  it("leaves other countries' divisions as they are", () => {
    const elsewhere = draft('Uplands', ['Uplands'], ['Altopiano'], 'YY');
    expect(withoutRegionNames(elsewhere, [region])).toBe(elsewhere);
  });
});
