import { NameIndex } from '../gazetteer/name-index.ts';
import { NON_PLACES } from '../lang/non-places.ts';

let index: NameIndex | null = null;

/** Names of organisations and movements that contain place names; built once, on first use. */
export function nonPlaceIndex(): NameIndex {
  if (!index) {
    index = new NameIndex();
    for (const name of NON_PLACES) index.add(name, { place: -1, demonym: false, acronym: false, relative: false, spelling: name });
  }
  return index;
}
