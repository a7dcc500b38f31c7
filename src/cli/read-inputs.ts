import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeText, type TextProblem } from '../geoparse/article/decode-text.ts';

/** One article to geoparse, or the reason it cannot be. */
export type Input = { name: string; id: string; text: string } | { name: string; error: string };

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
export const MAX_BYTES = 64 * 1024 * 1024;

/** Expands FILE | DIR | - arguments into paths; a directory contributes its text files, sorted. */
export function expandArguments(args: string[]): Array<{ name: string; path: string | null } | { name: string; error: string }> {
  const out: Array<{ name: string; path: string | null } | { name: string; error: string }> = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ name: '-', path: null });
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      out.push({ name: arg, error: 'no such file or directory' });
      continue;
    }
    if (!stat.isDirectory()) {
      out.push({ name: arg, path: arg });
      continue;
    }
    const files = readdirSync(arg).filter(f => TEXT_EXTENSIONS.has(extname(f).toLowerCase())).sort();
    if (files.length === 0) out.push({ name: arg, error: `directory has no text files (${[...TEXT_EXTENSIONS].join(', ')})` });
    for (const f of files) out.push({ name: join(arg, f), path: join(arg, f) });
  }
  return out;
}

/** Reads one input as UTF-8 text, refusing what is not an article: empty, binary, not UTF-8, too big. */
export function readInput(name: string, path: string | null): Input {
  let bytes: Buffer;
  try {
    if (path !== null && statSync(path).size > MAX_BYTES) return { name, error: `larger than ${MAX_BYTES / 1024 / 1024} MB` };
    bytes = readFileSync(path ?? 0);
  } catch (e) {
    return { name, error: (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : `cannot read (${(e as Error).message})` };
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { name, error: PROBLEMS[decoded.problem] };
  return { name, id: path === null ? 'stdin' : basename(path).replace(/\.[^.]*$/, ''), text: decoded.text };
}

const PROBLEMS: Record<TextProblem, string> = {
  empty: 'empty file',
  blank: 'empty file (only whitespace)',
  binary: 'binary file (contains NUL bytes), not text',
  'not-utf8': 'not valid UTF-8 text',
};
