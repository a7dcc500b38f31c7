import { foldWord } from './fold.ts';
import { scanWords } from './word-scan.ts';

/** One word of the original text, with its folded form for matching. */
export interface Token {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  text: string;
  folded: string;
  /** A chain of words may not continue from the previous token into this one (comma, newline, sentence end...). */
  breakBefore: boolean;
  /** Only spacing (or an abbreviation's dot) separates it from the previous token, on one line: "George Bush", "Dr. Moore", not "Washington-Moscow". */
  spaceBefore: boolean;
  /** This token starts a sentence (first of the text, after . ! ? : ; a blank line, or an opening quote). */
  sentenceStart: boolean;
  /** This token is the first of its line. */
  lineStart: boolean;
  /** Starts with a capital letter or a digit. */
  capital: boolean;
}

const SPACE = 32;

/**
 * Text → words with offsets. What lies between two words decides whether a multi-word name may
 * span them: spaces, hyphens, apostrophes and the dot of "U.S." or "St. Louis" may; a comma, a
 * line break or the end of a sentence may not. Separators are read char by char: this runs on
 * every word of every article.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevWord = '';
  scanWords(text, (start, end) => {
    const word = text.slice(start, end);
    let breakBefore = false;
    let spaceBefore = true;
    let sentenceStart = false;
    let lineStart = false;
    if (tokens.length === 0) {
      breakBefore = sentenceStart = lineStart = true;
      spaceBefore = false;
    } else if (!(start - prevEnd === 1 && text.charCodeAt(prevEnd) === SPACE)) {
      ({ breakBefore, spaceBefore, sentenceStart, lineStart } = readSeparator(text, prevEnd, start, prevWord));
    }
    tokens.push({ start, end, text: word, folded: foldWord(word), breakBefore, spaceBefore, sentenceStart, lineStart, capital: startsWithCapital(word) });
    prevEnd = end;
    prevWord = word;
  });
  return tokens;
}

function readSeparator(text: string, from: number, to: number, prevWord: string): Pick<Token, 'breakBefore' | 'spaceBefore' | 'sentenceStart' | 'lineStart'> {
  let joinable = to - from <= 3;
  let spacing = true;
  let sentenceEnd = false;
  let dotThenSpace = false;
  let lineStart = false;
  let openQuote = false;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = true;
      joinable = false;
    } else if (c === '.') {
      if (i + 1 < to && /\s/.test(text[i + 1]!)) dotThenSpace = true;
    } else if (c === ' ' || c === '\t' || c === '\u00a0' || c === '\r') {
      // spacing joins
    } else if (c === '-' || c === '‐' || c === '–' || c === "'" || c === '’') {
      // "Deir ez-Zor", "Russia-Turkey"
      spacing = false;
    } else {
      joinable = false;
      if ('!?…:;'.includes(c)) sentenceEnd = true;
      if ('"“‘«('.includes(c)) openQuote = true;
      else openQuote = false;
    }
  }
  const dotEnds = dotThenSpace && endsSentence(prevWord);
  return {
    breakBefore: !joinable || dotEnds,
    spaceBefore: spacing && joinable && !lineStart,
    sentenceStart: sentenceEnd || lineStart || openQuote || dotEnds,
    lineStart,
  };
}

/**
 * Whether a full stop after `word` ends a sentence: after a long word ("Mosul. Iraq"), a
 * Vietnamese syllable ("Hà Nội. Quân", "Man-đép. Mỹ"), a short lowercase word ("the end. Paris") or a
 * number ("thua 0-3. Ở Tây Ban Nha", "won 2-1. Liverpool"), not after a short abbreviation ("St. Louis", "Gen. Volesky", "U.S.", "vs. Oklahoma").
 */
function endsSentence(word: string): boolean {
  if (word.length > 3 || DIGITS.test(word)) return true;
  if (NON_ASCII.test(word)) return true;
  return word.length > 1 && word === word.toLowerCase() && !/^\d/.test(word) && !LOWERCASE_ABBREVIATIONS.has(word);
}

const NON_ASCII = /[^\x00-\x7f]/;
const DIGITS = /^\d+$/;
const LOWERCASE_ABBREVIATIONS = new Set(['vs', 'etc', 'ca', 'cf', 'no', 'pp', 'am', 'pm']);

const UPPER_FIRST = /^[\p{Lu}\p{Lt}\p{N}]/u;

function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return UPPER_FIRST.test(word);
}
