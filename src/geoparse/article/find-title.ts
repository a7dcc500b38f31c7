import { DATE_PREFIX, type Line } from './lines.ts';

const MAX_TITLE = 160;

/**
 * The first non-empty line. Some scraped articles are one long paragraph with no headline: then
 * the first sentence stands in, cut to a readable length.
 */
export function findTitle(lines: Line[]): string {
  const first = lines.find(l => l.text.trim() !== '')?.text.replace(DATE_PREFIX, '').trim() ?? '';
  if (first.length <= MAX_TITLE) return first;
  const sentence = first.match(/^.+?[.!?](?=\s|$)/u)?.[0] ?? first;
  return sentence.length <= MAX_TITLE ? sentence : `${sentence.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/u, '')}…`;
}
