import { foldWord, WORD } from './fold.ts';

/** One word of the original text, with its folded form for matching. */
export interface Token {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  text: string;
  folded: string;
  /** True when a chain of words may not continue from the previous token into this one (comma, newline, sentence end...). */
  breakBefore: boolean;
  /** True when this token starts a sentence (first of the text, or after . ! ? or a blank line). */
  sentenceStart: boolean;
}

// Separators a multi-word name can span: spaces, hyphens, apostrophes, a dot inside "U.S." or "St. Louis".
const JOINABLE = /^[ \t\u00a0\-‐-―'’.]*$/u;
const SENTENCE_END = /[.!?…]["'”’)\]]*\s|\n\s*\n|[:;]\s*$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevLen = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    const sep = text.slice(prevEnd, start);
    const first = tokens.length === 0;
    // A dot after a long word ends a sentence ("Mosul. Iraq"); after a short one it is an abbreviation ("St. Louis", "U.S.").
    const dotEnds = /\.\s/.test(sep) && prevLen > 3;
    const breakBefore = first || !JOINABLE.test(sep) || dotEnds || sep.length > 3;
    // An opening quote starts a quoted sentence: `said: “We are ...`.
    const sentenceStart = first || SENTENCE_END.test(sep) || sep.includes('\n') || /["“‘«]\s*$/u.test(sep) || (dotEnds && /^[\p{Lu}\p{N}]/u.test(word));
    tokens.push({ start, end: start + word.length, text: word, folded: foldWord(word), breakBefore, sentenceStart });
    prevEnd = start + word.length;
    prevLen = word.length;
  }
  return tokens;
}
