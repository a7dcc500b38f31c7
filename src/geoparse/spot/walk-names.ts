import type { NameHit, NameIndex, NameNode } from '../gazetteer/name-index.ts';
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
  let node = index.step(null, tokens[start]!.folded);
  // Most words start no name: answer them without building anything.
  if (!node) return NONE;
  const found: NameMatch[] = [];
  for (let j = start + 1; ; j++) {
    if (node.hits) found.push({ end: j, hits: node.hits });
    const token = tokens[j];
    if (!node.next || !token || token.breakBefore) break;
    const next: NameNode | undefined = index.step(node, token.folded);
    if (!next) break;
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
