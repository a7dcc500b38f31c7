import type { NameHit, NameIndex } from '../gazetteer/name-index.ts';
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
  // Most words start no name: answer them without building anything.
  if (!index.get(tokens[start]!.folded)) return NONE;
  const found: NameMatch[] = [];
  let key = '';
  for (let j = start; j < tokens.length && j < start + index.maxTokens; j++) {
    const token = tokens[j]!;
    if (j > start && token.breakBefore) break;
    key = j === start ? token.folded : `${key} ${token.folded}`;
    const node = index.get(key);
    if (!node) break;
    if (node.hits) found.push({ end: j + 1, hits: node.hits });
    if (!node.more) break;
  }
  return found.reverse();
}

/** The folded words of tokens [from, to) as an index key. */
export function keyOf(tokens: Token[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) key = i === from ? tokens[i]!.folded : `${key} ${tokens[i]!.folded}`;
  return key;
}
