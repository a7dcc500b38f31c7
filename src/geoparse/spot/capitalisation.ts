import type { Token } from '../text/tokenize.ts';

const HAS_LOWER = /\p{Ll}/u;

export const isCapitalised = (t: Token): boolean => t.capital;
export const isAllCaps = (t: Token): boolean => !HAS_LOWER.test(t.text) && /\p{Lu}/u.test(t.text);

// Lowercase joiners inside names: "Deir ez-Zor", "al-Shifa", "Stratford-upon-Avon", "Thành cổ Mosul".
const PARTICLES = new Set(['al', 'el', 'ez', 'az', 'as', 'ash', 'ad', 'ar', 'an', 'at', 'es', 'ul', 'bin', 'ibn', 'ben', 'abu', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'lo', 'of', 'the', 'on', 'upon', 'in', 'en', 'sur', 'am', 'im', 'y', 'e', 'und', 'and', 'op', 'aan', 'van', 'von', 'zu']);

export const isParticle = (t: Token): boolean => PARTICLES.has(t.folded);

/** A full stop after the word ending at `end`, closing quotes and brackets aside. */
function endsSentence(text: string, end: number): boolean {
  return /^[ \t"'”’)\]]*\./.test(text.slice(end, end + 4));
}

/**
 * Tokens whose capital letters carry no evidence that they are a proper name: the first word of a
 * sentence, and every word of a headline written in title case or in capitals. A line that ends
 * with a full stop is a sentence, however many of its words are names: "Phó Thủ tướng Phạm Bình
 * Minh đã tới Hà Nội."
 */
export function weakCapitals(tokens: Token[], text: string): boolean[] {
  const weak = tokens.map(t => t.sentenceStart);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !tokens[lineEnd]!.lineStart) lineEnd++;
    let words = 0;
    let capitalised = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = tokens[i]!.text.charCodeAt(0);
      if (c >= 48 && c <= 57) continue;
      words++;
      if (isCapitalised(tokens[i]!)) capitalised++;
    }
    if (words >= 3 && capitalised / words >= 0.7 && !endsSentence(text, tokens[lineEnd - 1]!.end)) for (let i = lineStart; i < lineEnd; i++) weak[i] = true;
    lineStart = lineEnd;
  }
  return weak;
}
