import type { PlaceFeature } from '../types.ts';
import { indexPlace, indexRelativeNames, NameIndex } from './name-index.ts';
import { validateGazetteer } from './validate-gazetteer.ts';

/** A validated gazetteer with the lookups the spotter and the resolver need. */
export interface GazetteerIndex {
  places: PlaceFeature[];
  names: NameIndex;
  byId: Map<string, number>;
}

/** Parsed gazetteer JSON → index. Throws GazetteerError naming the first bad feature. */
export function loadGazetteer(json: unknown): GazetteerIndex {
  const places = validateGazetteer(json).features;
  const names = new NameIndex();
  const byId = new Map<string, number>();
  places.forEach((f, i) => {
    byId.set(f.properties.id, i);
    indexPlace(names, f, i);
  });
  places.forEach((f, i) => {
    const parent = f.properties.parent === undefined ? undefined : byId.get(f.properties.parent);
    if (parent !== undefined) indexRelativeNames(names, f, i, places[parent]!);
  });
  return { places, names, byId };
}
