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
   * The name as written, lowercased, when it has letters beyond ASCII. A Vietnamese word in the
   * text ("Khói", "Một") must then carry the same accents; it never matches an ASCII spelling
   * ("Khoy", "Mott") that only folding made equal.
   */
  accented?: string;
  /** "Ky.", "B.C.": an abbreviation, written with its full stop, that names a place only where a dateline or address puts it. */
  abbreviation?: boolean;
}

interface NameNode {
  hits: NameHit[] | null;
  /** Some longer name starts with this one: keep extending the match. */
  more: boolean;
}

/**
 * A token trie over every name and spelling of every place, stored as one map from folded
 * token-sequence prefixes ("deir", "deir ez", "deir ez zor") to nodes. Spotting walks it word by
 * word, so its cost depends on the text's length and the longest name, not on how many names
 * there are.
 */
export class NameIndex {
  private readonly nodes = new Map<string, NameNode>();
  maxTokens = 0;

  add(name: string, hit: NameHit): void {
    const words = wordsOf(name);
    if (words.length === 0) return;
    this.maxTokens = Math.max(this.maxTokens, words.length);
    let key = '';
    for (let i = 0; i < words.length; i++) {
      key = i === 0 ? words[0]! : `${key} ${words[i]}`;
      let node = this.nodes.get(key);
      if (!node) {
        node = { hits: null, more: false };
        this.nodes.set(key, node);
      }
      if (i < words.length - 1) node.more = true;
      else if (!node.hits) node.hits = [hit];
      else if (!node.hits.some(h => h.place === hit.place && h.demonym === hit.demonym && h.acronym === hit.acronym && h.relative === hit.relative && h.accented === hit.accented && h.abbreviation === hit.abbreviation)) node.hits.push(hit);
    }
  }

  get(key: string): NameNode | undefined {
    return this.nodes.get(key);
  }

  get size(): number {
    return this.nodes.size;
  }
}

/** The lowercase accented spelling of a name, for names that have one. */
export function accentOf(name: string): { accented?: string } {
  return /[^\x00-\x7f]/.test(name) ? { accented: accentedForm(name) } : {};
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
  for (const name of names) index.add(name, { place, demonym: false, acronym: isAcronym(name), relative: false, ...accentOf(name), ...(name.endsWith('.') ? { abbreviation: true } : {}) });
  for (const demonym of p.demonyms ?? []) index.add(demonym, { place, demonym: true, acronym: false, relative: false });
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
      if (rest.split(' ').length >= 2) index.add(rest, { place, demonym: false, acronym: false, relative: true });
    }
  }
}

function namesOf(f: PlaceFeature): string[] {
  const p = f.properties;
  return [...new Set([p.name, ...p.names.en, ...p.names.vi, ...p.alt])];
}
