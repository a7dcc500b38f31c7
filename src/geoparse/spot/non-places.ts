import type { NameIndex } from '../gazetteer/name-index.ts';
import { nameIndexOf, NameTrie } from '../gazetteer/name-trie.ts';
import { NON_PLACES } from '../lang/non-places.ts';

let index: NameIndex | null = null;

/** Names of organisations and movements that contain place names; built once, on first use. */
export function nonPlaceIndex(): NameIndex {
  if (!index) {
    const trie = new NameTrie();
    for (const name of NON_PLACES) trie.add(name, { place: -1, demonym: false, acronym: false, relative: false, spelling: name });
    index = nameIndexOf(trie);
  }
  return index;
}
