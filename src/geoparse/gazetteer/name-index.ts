import type { StringTable } from './string-table.ts';

/** One way a name can refer to a place. */
export interface NameHit {
  /** Index of the place in the gazetteer. */
  place: number;
  /** The name is an adjective of the place ("Iraqi" for Iraq). */
  demonym: boolean;
  /** The name is written in capitals ("US", "UAE"): it only matches text written the same way. */
  acronym: boolean;
  /** A district's name without its city ("Old City" of Mosul): it names the place only where the city is in the text. */
  relative: boolean;
  /**
   * The name as the gazetteer writes it. When it has letters beyond ASCII, a Vietnamese word in
   * the text ("Khói", "Một") must carry the same accents; it never matches an ASCII spelling
   * ("Khoy", "Mott") that only folding made equal (see accentedForm).
   */
  spelling: string;
  /** "Ky.", "B.C.": an abbreviation, written with its full stop, that names a place only where a dateline or address puts it. */
  abbreviation?: boolean;
}

/** Bits of a hit's flags. */
export const DEMONYM = 1;
export const ACRONYM = 2;
export const RELATIVE = 4;
export const ABBREVIATION = 8;

/**
 * A token trie over every name as flat arrays: node k is reached from node nodeParent[k] by the
 * folded word nodeWord[k]; its hits are [nodeHits[k], nodeHits[k + 1]) of the hit arrays. The
 * edges are found through an open-addressing hash table (`slots`, node ids, 0 for empty: the
 * root is no one's child) keyed on the parent and the word, so nothing is built when it loads.
 */
export interface NameArrays {
  nodeWord: Uint32Array;
  nodeParent: Int32Array;
  /** 1 where a longer name continues from the node. */
  nodeNext: Uint8Array;
  nodeHits: Uint32Array;
  /** A power of two long. */
  slots: Uint32Array;
  hitPlace: Int32Array;
  hitFlags: Uint8Array;
  hitSpelling: Uint32Array;
}

/** How many first words the index keeps the lookup of; past that it starts again, so memory stays bounded on any corpus. */
const FIRST_WORDS_KEPT = 100_000;

/** The start of every name. */
export const ROOT = 0;
/** No name goes on with this word. */
export const NO_NODE = -1;

/** Where the edge from `parent` by `word` is looked for first. */
export function edgeHash(parent: number, word: string): number {
  let h = Math.imul(parent + 1, 0x9e3779b1) ^ 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Spotting walks the trie word by word, so its cost depends on the text's length and the longest
 * name, not on how many names there are. Hits are made into objects the first time a node's are
 * asked for, and kept: the resolver tells readings of the same name apart by their hit lists.
 */
export class NameIndex {
  private readonly made = new Map<number, NameHit[]>();
  private readonly firstWords = new Map<string, number>();
  private readonly mask: number;

  constructor(private readonly a: NameArrays, private readonly strings: StringTable) {
    this.mask = a.slots.length - 1;
  }

  /** The node after `word` from `node` (ROOT: from the start of a name), or NO_NODE. */
  step(node: number, word: string): number {
    if (node !== ROOT) return this.find(node, word);
    // Every capitalised word of every article is looked up here, and words repeat: the engine
    // hashes a string once, where the edge hash below reads it char by char on every lookup.
    let next = this.firstWords.get(word);
    if (next === undefined) {
      if (this.firstWords.size >= FIRST_WORDS_KEPT) this.firstWords.clear();
      this.firstWords.set(word, (next = this.find(ROOT, word)));
    }
    return next;
  }

  private find(node: number, word: string): number {
    const { slots, nodeParent, nodeWord } = this.a;
    for (let s = edgeHash(node, word) & this.mask; ; s = (s + 1) & this.mask) {
      const child = slots[s]!;
      if (child === 0) return NO_NODE;
      if (nodeParent[child] === node && this.strings.equals(nodeWord[child]!, word)) return child;
    }
  }

  /** Whether some longer name goes on from `node`. */
  continues(node: number): boolean {
    return this.a.nodeNext[node] === 1;
  }

  /** The places the words up to `node` name; null when they are only the start of longer names. */
  hits(node: number): NameHit[] | null {
    const from = this.a.nodeHits[node]!;
    const to = this.a.nodeHits[node + 1]!;
    if (from === to) return null;
    let hits = this.made.get(node);
    if (!hits) this.made.set(node, (hits = this.makeHits(from, to)));
    return hits;
  }

  /** The hits of a key of folded words joined by single spaces ("deir ez zor"). */
  hitsOf(key: string): NameHit[] | null {
    let node = ROOT;
    for (const word of key.split(' ')) {
      node = this.step(node, word);
      if (node === NO_NODE) return null;
    }
    return this.hits(node);
  }

  /** How many word sequences lead somewhere: every prefix of every name. */
  get size(): number {
    return this.a.nodeWord.length - 1;
  }

  private makeHits(from: number, to: number): NameHit[] {
    const { hitPlace, hitFlags, hitSpelling } = this.a;
    const hits: NameHit[] = [];
    for (let i = from; i < to; i++) {
      const flags = hitFlags[i]!;
      const hit: NameHit = {
        place: hitPlace[i]!,
        demonym: (flags & DEMONYM) !== 0,
        acronym: (flags & ACRONYM) !== 0,
        relative: (flags & RELATIVE) !== 0,
        spelling: this.strings.get(hitSpelling[i]!),
      };
      if (flags & ABBREVIATION) hit.abbreviation = true;
      hits.push(hit);
    }
    return hits;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;
const spellingForms = new Map<string, string>();

/**
 * The lowercase accented spelling of a hit's name with letters beyond ASCII; undefined for plain
 * ASCII. Worked out when a match needs it, not for all the gazetteer's names at load.
 */
export function accentedSpelling(hit: NameHit): string | undefined {
  if (!NON_ASCII.test(hit.spelling)) return undefined;
  let form = spellingForms.get(hit.spelling);
  if (form === undefined) {
    if (spellingForms.size >= 50_000) spellingForms.clear();
    spellingForms.set(hit.spelling, (form = accentedForm(hit.spelling)));
  }
  return form;
}

/** Vietnamese tone marks, as combining characters; the other marks (circumflex, breve, horn) make letters of their own. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;

/** An accentedForm without its tones: "hôi an" for both "Hội An" and "Hôi An". */
export const withoutTones = (form: string): string => form.replace(TONE_MARKS, '');

/**
 * Lowercase words joined by single spaces, with Ð (U+00D0, as some data writes Đ) made Đ, and each
 * word's tone marks moved to its end: Vietnamese writes "Thanh Hóa" and "Thanh Hoá", "Khánh Hòa"
 * and "Khánh Hoà", the same names with the tone on another vowel.
 */
export function accentedForm(s: string): string {
  const words = s.normalize('NFD').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').toLowerCase().match(/[\p{L}\p{M}\p{N}'’]+/gu) ?? [];
  // The letters composed again (â, ơ, đ), so that hasVietnameseLetter reads them; the tones after them, apart.
  return words.map(w => (TONE_MARK.test(w) ? w.replace(TONE_MARKS, '').normalize('NFC') + w.match(TONE_MARKS)!.join('') : w.normalize('NFC'))).join(' ');
}
