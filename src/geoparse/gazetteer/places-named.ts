import { wordsOf } from '../text/fold.ts';
import type { PlaceFeature } from '../types.ts';
import type { GazetteerIndex } from './load-gazetteer.ts';

/**
 * Every place the gazetteer knows by this name (folded as the spotter folds it), the most
 * populous first: the readings a user picks from when correcting a mention.
 */
export function placesNamed(gazetteer: GazetteerIndex, name: string): PlaceFeature[] {
  const hits = gazetteer.names.hitsOf(wordsOf(name).join(' ')) ?? [];
  return [...new Set(hits.map((hit) => hit.place))]
    .map((i) => gazetteer.table.feature(i))
    .sort((a, b) => b.properties.population - a.properties.population || a.properties.name.localeCompare(b.properties.name));
}
