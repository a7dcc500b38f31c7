import { wordsOf } from '../text/fold.ts';
import { column } from './column.ts';
import { ABBREVIATION, ACRONYM, DEMONYM, edgeHash, NameIndex, RELATIVE, type NameArrays, type NameHit } from './name-index.ts';
import { StringTable, StringTableBuilder } from './string-table.ts';

interface TrieNode {
  hits: NameHit[] | null;
  next: Map<string, TrieNode> | null;
}

/**
 * The name trie while names are added, one map per node from the next folded word: how a
 * gazetteer's names are collected before they are laid out as a NameIndex's arrays.
 */
export class NameTrie {
  private readonly root: TrieNode = { hits: null, next: new Map() };

  add(name: string, hit: NameHit): void {
    const words = wordsOf(name);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      const map = (node.next ??= new Map());
      let child = map.get(word);
      if (!child) map.set(word, (child = { hits: null, next: null }));
      node = child;
    }
    if (!node.hits) node.hits = [hit];
    else if (!node.hits.some(h => sameHit(h, hit))) node.hits.push(hit);
  }

  /** The trie as NameIndex arrays, its words and spellings added to `strings`. Nodes are numbered breadth first, children in the order added. */
  toArrays(strings: StringTableBuilder): NameArrays {
    const nodes: TrieNode[] = [this.root];
    const words = [''];
    const parents = [-1];
    for (let k = 0; k < nodes.length; k++) {
      for (const [word, child] of nodes[k]!.next ?? []) {
        nodes.push(child);
        words.push(word);
        parents.push(k);
      }
    }
    const hits = nodes.flatMap(n => n.hits ?? []);
    const nodeHits = new Uint32Array(nodes.length + 1);
    nodes.forEach((n, k) => (nodeHits[k + 1] = nodeHits[k]! + (n.hits?.length ?? 0)));
    return {
      nodeWord: column(Uint32Array, words, (w, k) => (k === 0 ? 0 : strings.id(w))),
      nodeParent: new Int32Array(parents),
      nodeNext: column(Uint8Array, nodes, n => (n.next?.size ? 1 : 0)),
      nodeHits,
      slots: edgeSlots(words, parents),
      hitPlace: column(Int32Array, hits, h => h.place),
      hitFlags: column(Uint8Array, hits, h => (h.demonym ? DEMONYM : 0) | (h.acronym ? ACRONYM : 0) | (h.relative ? RELATIVE : 0) | (h.abbreviation ? ABBREVIATION : 0)),
      hitSpelling: column(Uint32Array, hits, h => strings.id(h.spelling)),
    };
  }
}

/** A NameIndex of the trie's names alone (no gazetteer file around it). */
export function nameIndexOf(trie: NameTrie): NameIndex {
  const strings = new StringTableBuilder();
  const arrays = trie.toArrays(strings);
  const { text, starts } = strings.build();
  return new NameIndex(arrays, new StringTable(text, starts));
}

/** The edge table: at least twice as many slots as edges, so that a word no name has is told apart in a probe or two. */
function edgeSlots(words: string[], parents: number[]): Uint32Array {
  let size = 1;
  while (size < 2 * words.length) size *= 2;
  const slots = new Uint32Array(size);
  for (let k = 1; k < words.length; k++) {
    let s = edgeHash(parents[k]!, words[k]!) & (size - 1);
    while (slots[s] !== 0) s = (s + 1) & (size - 1);
    slots[s] = k;
  }
  return slots;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Two spellings that only differ in case, or are both plain ASCII, make the same hit. */
function sameHit(a: NameHit, b: NameHit): boolean {
  if (a.place !== b.place || a.demonym !== b.demonym || a.acronym !== b.acronym || a.relative !== b.relative || a.abbreviation !== b.abbreviation) return false;
  const aPlain = !NON_ASCII.test(a.spelling);
  return aPlain === !NON_ASCII.test(b.spelling) && (aPlain || a.spelling.toLowerCase() === b.spelling.toLowerCase());
}
