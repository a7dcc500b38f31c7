import { collapseSpaces } from './collapse-spaces.ts';

const MAX = 400;

/** The sentence around [start, end): from the previous sentence end or line break to the next. */
export function sentenceAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && from > start - MAX && !isBoundary(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to < end + MAX && !isBoundary(text, to)) to++;
  if (to < text.length && /[.!?…]/.test(text[to]!)) to++;
  return collapseSpaces(text.slice(from, to)).trim();
}

// A full stop ends a sentence when a space and a capital or a line break follow; "U.S. forces" does not.
function isBoundary(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  return /^\s+[\p{Lu}\p{N}"“'‘(]/u.test(text.slice(i + 1, i + 4)) && !/(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i));
}
