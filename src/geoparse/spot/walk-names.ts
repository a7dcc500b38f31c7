import { NO_NODE, ROOT, type NameHit, type NameIndex } from '../gazetteer/name-index.ts';
import type { Token } from '../text/tokenize.ts';

/** A name that the tokens from `start` spell, ending before token `end`. */
export interface NameMatch {
  end: number;
  hits: NameHit[];
}

/**
 * Every name in the index spelled by the tokens starting at `start`, longest first. Stops at the
 * first word that no name continues with, or where the text breaks (comma, sentence end).
 */
const NONE: NameMatch[] = [];

export function namesAt(index: NameIndex, tokens: Token[], start: number): NameMatch[] {
  let node = index.step(ROOT, tokens[start]!.folded);
  // Most words start no name: answer them without building anything.
  if (node === NO_NODE) return NONE;
  const found: NameMatch[] = [];
  for (let j = start + 1; ; j++) {
    const hits = index.hits(node);
    if (hits) found.push({ end: j, hits });
    const token = tokens[j];
    if (!index.continues(node) || !token || token.breakBefore) break;
    const next = index.step(node, token.folded);
    if (next === NO_NODE) break;
    node = next;
  }
  return found.reverse();
}

/** The folded words of tokens [from, to) as an index key. */
export function keyOf(tokens: Token[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) key = i === from ? tokens[i]!.folded : `${key} ${tokens[i]!.folded}`;
  return key;
}
