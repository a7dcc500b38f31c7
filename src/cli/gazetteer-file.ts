import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGazetteer, type GazetteerIndex } from '../geoparse/index.ts';

export const DEFAULT_GAZETTEER = fileURLToPath(new URL('../../data/gazetteer.geojson', import.meta.url));

/** Reads, parses and indexes a gazetteer file; the error names the file and what is wrong with it. */
export function loadGazetteerFile(path: string): GazetteerIndex {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`gazetteer ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not JSON (${(e as Error).message})`}`);
  }
  try {
    return loadGazetteer(json);
  } catch (e) {
    throw new Error(`gazetteer ${path}: invalid: ${(e as Error).message}`);
  }
}
