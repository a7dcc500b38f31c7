import { wordsOf } from '../text/fold.ts';
import type { PlaceFeature } from '../types.ts';

/** One way a name can refer to a place. */
export interface NameHit {
  /** Index of the place in the gazetteer's feature array. */
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

export interface NameNode {
  hits: NameHit[] | null;
  /** The words that continue a longer name from here; null when none does. */
  next: Map<string, NameNode> | null;
}

/**
 * A token trie over every name and spelling of every place: one map per node from the next folded
 * word to the node it leads to. Spotting walks it word by word, so its cost depends on the text's
 * length and the longest name, not on how many names there are; no key is ever built by joining
 * words, which kept loading and spotting busy making strings.
 */
export class NameIndex {
  private readonly root = new Map<string, NameNode>();
  private nodes = 0;

  add(name: string, hit: NameHit): void {
    const words = wordsOf(name);
    if (words.length === 0) return;
    let map = this.root;
    let node: NameNode | undefined;
    for (let i = 0; i < words.length; i++) {
      node = map.get(words[i]!);
      if (!node) {
        node = { hits: null, next: null };
        map.set(words[i]!, node);
        this.nodes++;
      }
      if (i < words.length - 1) map = node.next ??= new Map();
    }
    if (!node!.hits) node!.hits = [hit];
    else if (!node!.hits.some(h => sameHit(h, hit))) node!.hits.push(hit);
  }

  /** The node after `word`, from `node` or, with null, from the start of a name. */
  step(node: NameNode | null, word: string): NameNode | undefined {
    return (node ? node.next : this.root)?.get(word);
  }

  /** The node a key of folded words joined by single spaces leads to ("deir ez zor"). */
  get(key: string): NameNode | undefined {
    let node: NameNode | undefined;
    for (const word of key.split(' ')) {
      node = this.step(node ?? null, word);
      if (!node) return undefined;
    }
    return node;
  }

  /** How many word sequences lead somewhere: every prefix of every name. */
  get size(): number {
    return this.nodes;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Two spellings that only differ in case, or are both plain ASCII, make the same hit. */
function sameHit(a: NameHit, b: NameHit): boolean {
  if (a.place !== b.place || a.demonym !== b.demonym || a.acronym !== b.acronym || a.relative !== b.relative || a.abbreviation !== b.abbreviation) return false;
  const aPlain = !NON_ASCII.test(a.spelling);
  return aPlain === !NON_ASCII.test(b.spelling) && (aPlain || a.spelling.toLowerCase() === b.spelling.toLowerCase());
}

const accentedCache = new Map<string, string>();

/**
 * The lowercase accented spelling of a hit's name with letters beyond ASCII; undefined for plain
 * ASCII. Worked out when a match needs it, not for all the gazetteer's names at load.
 */
export function accentedSpelling(hit: NameHit): string | undefined {
  if (!NON_ASCII.test(hit.spelling)) return undefined;
  let form = accentedCache.get(hit.spelling);
  if (form === undefined) {
    if (accentedCache.size >= 50_000) accentedCache.clear();
    accentedCache.set(hit.spelling, (form = accentedForm(hit.spelling)));
  }
  return form;
}

/** Lowercase NFC words joined by single spaces, with Ð (U+00D0, as some data writes Đ) made Đ. */
export function accentedForm(s: string): string {
  return (s.normalize('NFC').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').toLowerCase().match(/[\p{L}\p{M}\p{N}'’]+/gu) ?? []).join(' ');
}

const ACRONYM = /^[\p{Lu}.\s]+$/u;

export function isAcronym(name: string): boolean {
  return ACRONYM.test(name) && name.replace(/[.\s]/g, '').length <= 4;
}

/** Every name a place is known by, with the adjectives that point to it. */
export function indexPlace(index: NameIndex, feature: PlaceFeature, place: number): void {
  const p = feature.properties;
  const names = new Set([...namesOf(feature), ...p.names.ar]);
  for (const name of names) {
    const hit: NameHit = { place, demonym: false, acronym: isAcronym(name), relative: false, spelling: name };
    if (name.endsWith('.')) hit.abbreviation = true;
    index.add(name, hit);
  }
  for (const demonym of p.demonyms ?? []) index.add(demonym, { place, demonym: true, acronym: false, relative: false, spelling: demonym });
}



/**
 * A district's names with its city's name taken out ("Old City of Mosul" → "Old City", "Thành cổ
 * Mosul" → "Thành cổ"), so that "the Old City" in an article about Mosul finds it. Only names of
 * two words or more remain: a bare "West" would be everywhere.
 */
export function indexRelativeNames(index: NameIndex, feature: PlaceFeature, place: number, parent: PlaceFeature): void {
  const parentKeys = namesOf(parent).map(n => wordsOf(n).join(' ')).filter(Boolean);
  for (const name of namesOf(feature)) {
    const key = ` ${wordsOf(name).join(' ')} `;
    for (const parentKey of parentKeys) {
      if (!key.includes(` ${parentKey} `)) continue;
      const rest = key.replace(` ${parentKey} `, ' ').replace(/ (?:of|s) (?= |$)/g, ' ').trim();
      if (rest.split(' ').length >= 2) index.add(rest, { place, demonym: false, acronym: false, relative: true, spelling: rest });
    }
  }
}

function namesOf(f: PlaceFeature): string[] {
  const p = f.properties;
  return [...new Set([p.name, ...p.names.en, ...p.names.vi, ...p.alt])];
}
