import { describe, expect, it } from 'vitest';
import { toGeoJSON } from './export.ts';
import { MENTIONS } from './fixtures/small-dataset.ts';
import { ImportError, mentionKey, parseMentionFile } from './import.ts';

const withFeature = (feature: unknown) => JSON.stringify({ type: 'FeatureCollection', features: [toGeoJSON(MENTIONS).features[0], feature] });
const good = toGeoJSON(MENTIONS).features[1]!;

describe('parseMentionFile', () => {
  it.each([
    ['not json', '{', '"f.geojson" is not JSON'],
    ['a bare feature', JSON.stringify(good), '"f.geojson" is not a GeoJSON FeatureCollection'],
    ['no features', '{"type":"FeatureCollection","features":[]}', '"f.geojson" has no features'],
    ['a line', withFeature({ ...good, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }), '"f.geojson": feature 2 is a LineString, not a Point'],
    ['latitude out of range', withFeature({ ...good, geometry: { type: 'Point', coordinates: [43, 136] } }), '"f.geojson": feature 2 has coordinates out of range (43, 136): longitude must be within ±180 and latitude within ±90'],
    ['text coordinates', withFeature({ ...good, geometry: { type: 'Point', coordinates: ['43', '36'] } }), '"f.geojson": feature 2 has unreadable coordinates'],
    ['a bad type', withFeature({ ...good, properties: { ...good.properties, type: 'planet' } }), '"f.geojson": feature 2: "type" must be one of country, admin1, region, city, district, site, water'],
    ['a missing property', withFeature({ ...good, properties: { ...good.properties, placeId: undefined } }), '"f.geojson": feature 2: "placeId" must be a place id'],
    ['a bad correction mark', withFeature({ ...good, properties: { ...good.properties, corrected: 'yes' } }), '"f.geojson": feature 2: "corrected" must be true or false'],
  ])('refuses %s, naming the file', (_, text, message) => {
    expect(() => parseMentionFile('f.geojson', text)).toThrow(new ImportError(message));
  });

  it('accepts a third coordinate and drops it', () => {
    const [mention] = parseMentionFile('f.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ ...good, geometry: { type: 'Point', coordinates: [43, 36, 120] } }] }));
    expect(mention!.geometry.coordinates).toEqual([43, 36]);
  });
});

describe('mentionKey', () => {
  it('tells mentions apart by article, offsets and place', () => {
    const keys = new Set(MENTIONS.map(mentionKey));
    expect(keys.size).toBe(MENTIONS.length);
    expect(mentionKey(toGeoJSON([MENTIONS[2]!]).features[0]!)).toBe(mentionKey(MENTIONS[2]!));
  });
});
