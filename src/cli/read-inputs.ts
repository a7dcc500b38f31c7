import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

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
  const problem = textProblem(bytes);
  if (problem) return { name, error: problem };
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  return { name, id: path === null ? 'stdin' : basename(path).replace(/\.[^.]*$/, ''), text };
}

export function textProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  if (bytes.subarray(0, 8192).includes(0)) return 'binary file (contains NUL bytes), not text';
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') return 'empty file (only whitespace)';
  } catch {
    return 'not valid UTF-8 text';
  }
  return null;
}
