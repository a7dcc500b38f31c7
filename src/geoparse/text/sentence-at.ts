import { collapseSpaces } from './collapse-spaces.ts';

const MAX = 400;

/**
 * The sentence around a span of `text`: from the previous sentence end or line break to the next,
 * spacing collapsed. Spans of one sentence get the same string, made once: news names several
 * places a sentence, and every mention carries its sentence.
 */
export function sentencesOf(text: string): (start: number, end: number) => string {
  let lastFrom = -1;
  let lastTo = -1;
  let last = '';
  return (start, end) => {
    let from = start;
    while (from > 0 && from > start - MAX && !isBoundary(text, from - 1)) from--;
    let to = end;
    while (to < text.length && to < end + MAX && !isBoundary(text, to)) to++;
    if (to < text.length && isStop(text.charCodeAt(to))) to++;
    if (from !== lastFrom || to !== lastTo) {
      lastFrom = from;
      lastTo = to;
      last = collapseSpaces(text.slice(from, to)).trim();
    }
    return last;
  };
}

const NEWLINE = 10;
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

// A full stop ends a sentence when a space and a capital or a line break follow; "U.S. forces" does not.
function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === NEWLINE) return true;
  if (!isStop(c)) return false;
  return /^\s+[\p{Lu}\p{N}"“'‘(]/u.test(text.slice(i + 1, i + 4)) && !/(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i));
}
