import { firstWordOf, wordsOf } from '../text/fold.ts';
import { DATE_PREFIX, type Line } from './lines.ts';
import { collapseSpaces } from '../text/collapse-spaces.ts';

/**
 * Lines that repeat earlier text: the same paragraph printed twice (compared after stripping a
 * metadata prefix and spacing), and image-slug lines, which are another line's words folded to
 * lowercase ASCII ("photo cuoc chien quet sach is tai thanh tri raqqa").
 */
export function findDuplicates(lines: Line[]): Array<[number, number]> {
  const seen = new Set<string>();
  const keys: string[] = [];
  const slugs: Line[] = [];
  const out: Array<[number, number]> = [];
  for (const line of lines) {
    const text = /[^\x00-\x7f]/.test(line.text) ? line.text.normalize('NFC') : line.text;
    const key = collapseSpaces(text.replace(DATE_PREFIX, '')).replace(/ ([,.;:!?])/g, '$1').trim();
    if (!key) continue;
    if (seen.has(key)) out.push([line.start, line.end]);
    seen.add(key);
    if (/^[a-z0-9]+(?: [a-z0-9]+){2,}$/.test(key)) slugs.push(line);
    else keys.push(key);
  }
  if (slugs.length > 0) {
    // Folding a line costs more than the rest of this: only lines that begin with a slug's first word are.
    const firsts = new Set(slugs.map(line => line.text.trim().split(' ')[0]));
    const folded = new Set(keys.filter(k => firsts.has(firstWordOf(k))).map(k => wordsOf(k).join(' ')));
    for (const line of slugs) {
      if (folded.has(line.text.trim()) && !out.some(([s]) => s === line.start)) out.push([line.start, line.end]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
