import { VIETNAMESE_LETTERS } from '../lang/vi.ts';
import type { Lang } from '../types.ts';

// Vietnamese letters of either case, as char codes: counted in one pass over the text.
const VIETNAMESE = new Set([...VIETNAMESE_LETTERS].flatMap(c => [c, c.toUpperCase()]).map(c => c.charCodeAt(0)));
const LETTER = /\p{L}/u;

const SAMPLE = 5000;

/** Vietnamese when its letters make up more than 2% of the letters of the first few thousand; English otherwise. */
export function detectLang(text: string): Lang {
  const n = Math.min(text.length, SAMPLE);
  let letters = 0;
  let vietnamese = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    } else if (VIETNAMESE.has(c)) {
      letters++;
      vietnamese++;
    } else if (LETTER.test(text[i]!)) letters++;
  }
  return letters > 0 && vietnamese / letters > 0.02 ? 'vi' : 'en';
}
