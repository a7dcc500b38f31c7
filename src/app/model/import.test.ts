import { describe, expect, it } from 'vitest';
import { toGeoJSON } from './export.ts';
import { MENTIONS } from './fixtures/small-dataset.ts';
import { ImportError, mentionKey, parseMentionFile, type ImportReason } from './import.ts';

const withFeature = (feature: unknown) => JSON.stringify({ type: 'FeatureCollection', features: [toGeoJSON(MENTIONS).features[0], feature] });
const good = toGeoJSON(MENTIONS).features[1]!;

/** Why parseMentionFile refused the text: the error's file name and reason. */
function refusal(text: string): { fileName: string; reason: ImportReason } {
  try {
    parseMentionFile('f.geojson', text);
  } catch (error) {
    if (error instanceof ImportError) return { fileName: error.fileName, reason: error.reason };
    throw error;
  }
  throw new Error('the file was read');
}

describe('parseMentionFile', () => {
  it.each<[string, string, ImportReason]>([
    ['not json', '{', { kind: 'notJson' }],
    ['a bare feature', JSON.stringify(good), { kind: 'notFeatureCollection' }],
    ['no features', '{"type":"FeatureCollection","features":[]}', { kind: 'noFeatures' }],
    ['a collection in place of a feature', withFeature({ type: 'FeatureCollection', features: [] }), { kind: 'notFeature', feature: 2 }],
    ['a line', withFeature({ ...good, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }), { kind: 'notPoint', feature: 2, geometry: 'LineString' }],
    ['no geometry', withFeature({ ...good, geometry: null }), { kind: 'notPoint', feature: 2, geometry: null }],
    ['a long geometry type', withFeature({ ...good, geometry: { type: 'X'.repeat(100) } }), { kind: 'notPoint', feature: 2, geometry: 'X'.repeat(30) }],
    ['latitude out of range', withFeature({ ...good, geometry: { type: 'Point', coordinates: [43.5, 136] } }), { kind: 'outOfRange', feature: 2, lon: 43.5, lat: 136 }],
    ['text coordinates', withFeature({ ...good, geometry: { type: 'Point', coordinates: ['43', '36'] } }), { kind: 'unreadableCoordinates', feature: 2 }],
    ['no properties', withFeature({ ...good, properties: null }), { kind: 'noProperties', feature: 2 }],
    ['a bad type', withFeature({ ...good, properties: { ...good.properties, type: 'planet' } }), { kind: 'badProperty', feature: 2, key: 'type', expected: { oneOf: ['country', 'admin1', 'region', 'city', 'district', 'site', 'water'] } }],
    ['a missing property', withFeature({ ...good, properties: { ...good.properties, placeId: undefined } }), { kind: 'badProperty', feature: 2, key: 'placeId', expected: 'placeId' }],
    ['a negative offset', withFeature({ ...good, properties: { ...good.properties, start: -1 } }), { kind: 'badProperty', feature: 2, key: 'start', expected: 'wholeNumber' }],
    ['offsets the wrong way round', withFeature({ ...good, properties: { ...good.properties, start: 9, end: 3 } }), { kind: 'endBeforeStart', feature: 2 }],
    ['a bad correction mark', withFeature({ ...good, properties: { ...good.properties, corrected: 'yes' } }), { kind: 'badProperty', feature: 2, key: 'corrected', expected: 'boolean' }],
  ])('refuses %s, naming the file and why', (_, text, reason) => {
    expect(refusal(text)).toEqual({ fileName: 'f.geojson', reason });
  });

  it('refuses at the first bad feature, counting from 1', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [good, good, { ...good, properties: null }, 'not a feature'] });
    expect(refusal(text).reason).toEqual({ kind: 'noProperties', feature: 3 });
    // for a log: the words are the interface's
    expect(() => parseMentionFile('f.geojson', text)).toThrow('f.geojson: {"kind":"noProperties","feature":3}');
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
