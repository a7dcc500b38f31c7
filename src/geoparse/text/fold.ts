/**
 * Folding for matching: case, diacritics and the Vietnamese Đ (and the Icelandic Ð that some data
 * writes for it) all disappear, so "Thành cổ", "THANH CO" and "thanh co" meet. Offsets are never
 * computed on folded text: callers fold one token at a time and keep the original positions.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function fold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const out = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(s, out);
  return out;
}

/**
 * A word: letters, marks (decomposed text keeps its accents inside the word) and digits, with
 * inner apostrophes ("Tal'Afar", "Shi'ite") but not a possessive "'s" ("Turkey's" is Turkey).
 */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’](?!s(?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*/gu;

const wordCache = new Map<string, string>();

/** A word's matching form: folded, inner apostrophes dropped ("Tal'Afar" → "talafar"). Cached: words repeat. */
export function foldWord(word: string): string {
  let folded = wordCache.get(word);
  if (folded === undefined) {
    folded = fold(word).replace(/['’]/g, '');
    if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, folded);
  }
  return folded;
}

/** A name as the folded words the index keys on. */
export function wordsOf(name: string): string[] {
  return (name.match(WORD) ?? []).map(foldWord);
}
