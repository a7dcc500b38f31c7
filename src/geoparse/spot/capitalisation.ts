import type { Token } from '../text/tokenize.ts';

const UPPER_FIRST = /^[\p{Lu}\p{Lt}\p{N}]/u;
const HAS_LOWER = /\p{Ll}/u;

export const isCapitalised = (t: Token): boolean => UPPER_FIRST.test(t.text);
export const isAllCaps = (t: Token): boolean => !HAS_LOWER.test(t.text) && /\p{Lu}/u.test(t.text);

// Lowercase joiners inside names: "Deir ez-Zor", "al-Shifa", "Stratford-upon-Avon", "Thành cổ Mosul".
const PARTICLES = new Set(['al', 'el', 'ez', 'az', 'as', 'ash', 'ad', 'ar', 'an', 'at', 'es', 'ul', 'bin', 'ibn', 'ben', 'abu', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'lo', 'of', 'the', 'on', 'upon', 'in', 'en', 'sur', 'am', 'im', 'y', 'e', 'und', 'and', 'op', 'aan', 'van', 'von', 'zu']);

export const isParticle = (t: Token): boolean => PARTICLES.has(t.folded);

/**
 * Tokens whose capital letters carry no evidence that they are a proper name: the first word of a
 * sentence, and every word of a headline written in title case or in capitals.
 */
export function weakCapitals(tokens: Token[], text: string): boolean[] {
  const weak = tokens.map(t => t.sentenceStart);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    const lineEnd = endOfLine(tokens, text, lineStart);
    const words = tokens.slice(lineStart, lineEnd).filter(t => /\p{L}/u.test(t.text));
    const capitalised = words.filter(isCapitalised).length;
    if (words.length >= 3 && capitalised / words.length >= 0.7) for (let i = lineStart; i < lineEnd; i++) weak[i] = true;
    lineStart = lineEnd;
  }
  return weak;
}

function endOfLine(tokens: Token[], text: string, from: number): number {
  let i = from + 1;
  while (i < tokens.length && !text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) i++;
  return i;
}
