import type { Gazetteer, PlaceFeature } from '../types.ts';
import { PLACE_TYPES } from './place-table.ts';

const KNOWN_TYPES: ReadonlySet<string> = new Set(PLACE_TYPES);

export class GazetteerError extends Error {
  override name = 'GazetteerError';
}

/**
 * Checks that parsed JSON is a gazetteer this geoparser can use, and says where it is not: a
 * swapped-in file (`--gazetteer PATH`) must fail with a message naming the first bad feature
 * rather than deep inside matching.
 */
export function validateGazetteer(json: unknown): Gazetteer {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new GazetteerError('not a GeoJSON FeatureCollection with a "features" array');
  }
  const seen = new Set<string>();
  json.features.forEach((f: unknown, i: number) => {
    const problem = featureProblem(f);
    if (problem) throw new GazetteerError(`feature ${i}${describe(f)}: ${problem}`);
    const id = (f as PlaceFeature).properties.id;
    if (seen.has(id)) throw new GazetteerError(`feature ${i}: duplicate id "${id}"`);
    seen.add(id);
  });
  return json as unknown as Gazetteer;
}

function featureProblem(f: unknown): string | null {
  if (!isObject(f) || f.type !== 'Feature') return 'not a GeoJSON Feature';
  const g = f.geometry;
  if (!isObject(g) || g.type !== 'Point' || !Array.isArray(g.coordinates)) return 'geometry is not a Point';
  const [lon, lat] = g.coordinates as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) {
    return `coordinates ${JSON.stringify(g.coordinates)} are not [lon, lat] within range`;
  }
  const p = f.properties;
  if (!isObject(p)) return 'no properties';
  if (typeof p.id !== 'string' || !p.id) return 'properties.id is not a non-empty string';
  if (typeof p.name !== 'string' || !p.name) return 'properties.name is not a non-empty string';
  if (typeof p.type !== 'string' || !KNOWN_TYPES.has(p.type)) return `properties.type "${String(p.type)}" is not one of ${PLACE_TYPES.join(', ')}`;
  if (typeof p.countryCode !== 'string' || !/^([A-Z]{2})?$/.test(p.countryCode)) return 'properties.countryCode is not ISO 3166-1 alpha-2 or ""';
  const names = p.names;
  if (!isObject(names) || !['en', 'vi', 'ar'].every(l => isStringArray(names[l]))) return 'properties.names needs en, vi and ar string arrays';
  if (!isStringArray(p.alt)) return 'properties.alt is not a string array';
  if (p.demonyms !== undefined && !isStringArray(p.demonyms)) return 'properties.demonyms is not a string array';
  if (typeof p.population !== 'number' || !(p.population >= 0)) return 'properties.population is not a number >= 0';
  return null;
}

function describe(f: unknown): string {
  const id = isObject(f) && isObject(f.properties) ? f.properties.id : undefined;
  return typeof id === 'string' ? ` ("${id}")` : '';
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every(s => typeof s === 'string');
}
