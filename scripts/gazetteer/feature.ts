/** One canonical shape for every gazetteer feature, and a byte-stable way to write them all. */
import type { PlaceFeature, PlaceProperties } from '../../src/geoparse/types.ts';
import { roundCoord } from './geometry.ts';
import { uniqueNames } from './names.ts';

export type PlaceDraft = Omit<PlaceProperties, 'names' | 'alt'> & {
  names: { en: string[]; vi: string[]; ar: string[] };
  alt: string[];
  lat: number;
  lon: number;
};

/**
 * Names cleaned and de-duplicated across lists (the label first in `names.en`, an `alt` never
 * repeating a per-language name), optional flags only when set, and properties in one fixed order
 * so that the same input always serialises to the same bytes.
 */
export function placeFeature(draft: PlaceDraft): PlaceFeature {
  const en = uniqueNames([draft.name, ...draft.names.en]);
  const vi = uniqueNames(draft.names.vi);
  const ar = uniqueNames(draft.names.ar);
  const properties: PlaceProperties = {
    id: draft.id,
    name: en[0]!,
    names: { en, vi, ar },
    alt: uniqueNames(draft.alt, [...en, ...vi, ...ar]),
    type: draft.type,
    countryCode: draft.countryCode,
    ...(draft.admin1 ? { admin1: draft.admin1 } : {}),
    ...(draft.parent ? { parent: draft.parent } : {}),
    population: draft.population,
    source: draft.source,
    ...(draft.approx ? { approx: true } : {}),
    ...(draft.capital ? { capital: true } : {}),
    ...(draft.demonyms && draft.demonyms.length > 0 ? { demonyms: uniqueNames(draft.demonyms) } : {}),
  };
  return {
    type: 'Feature',
    id: draft.id,
    geometry: { type: 'Point', coordinates: [roundCoord(draft.lon), roundCoord(draft.lat)] },
    properties,
  };
}

function byId(a: PlaceFeature, b: PlaceFeature): number {
  const x = a.properties.id;
  const y = b.properties.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sorted by id, one feature a line: deterministic, and a rebuild diffs line by line in git. */
export function serialiseGazetteer(features: PlaceFeature[]): string {
  const ids = new Set<string>();
  for (const f of features) {
    if (ids.has(f.properties.id)) throw new Error(`duplicate gazetteer id ${f.properties.id}`);
    ids.add(f.properties.id);
  }
  const lines = [...features].sort(byId).map(f => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
