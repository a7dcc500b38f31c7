/**
 * Folding for matching: case, diacritics and the Vietnamese Đ (and the Icelandic Ð that some data
 * writes for it) all disappear, so "Thành cổ", "THANH CO" and "thanh co" meet. Offsets are never
 * computed on folded text: callers fold one token at a time and keep the original positions.
 */
import { scanWords } from './word-scan.ts';

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

const wordCache = new Map<string, string>();

/** A word's matching form: folded, inner apostrophes dropped ("Tal'Afar" → "talafar"). Cached: words repeat. */
export function foldWord(word: string): string {
  // Plain ASCII, the common case, folds by lowercasing alone; a word already in lowercase is its own form.
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || c === APOSTROPHE) return foldOtherWord(word);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

const APOSTROPHE = 39;

function foldOtherWord(word: string): string {
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
  const words: string[] = [];
  scanWords(name, (start, end) => void words.push(foldWord(name.slice(start, end))));
  return words;
}

/** The first of wordsOf(text), without reading the rest; '' when there is none. */
export function firstWordOf(text: string): string {
  let first = '';
  scanWords(text, (start, end) => {
    first = foldWord(text.slice(start, end));
    return false;
  });
  return first;
}
