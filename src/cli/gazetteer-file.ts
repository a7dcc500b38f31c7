import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactGazetteer, isGazetteerIndex } from '../geoparse/index.ts';
import { readSections } from '../geoparse/gazetteer/gazetteer-format.ts';

export const DEFAULT_GAZETTEER = fileURLToPath(new URL('../../data/gazetteer.index.bin', import.meta.url));

/**
 * A gazetteer file in the compact form the core opens: a compact file (data/gazetteer.index.bin)
 * as it is, a GeoJSON gazetteer (`--gazetteer my.geojson`) parsed, checked and encoded here, the
 * slow way. The error names the file and what is wrong with it.
 */
export function readGazetteerFile(path: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(`gazetteer ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(e as Error).message})`}`);
  }
  if (isGazetteerIndex(bytes)) {
    try {
      readSections(bytes);
      return bytes;
    } catch (e) {
      throw new Error(`gazetteer ${path}: invalid: ${(e as Error).message}`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new Error(`gazetteer ${path}: not JSON (${(e as Error).message})`);
  }
  try {
    return compactGazetteer(json);
  } catch (e) {
    throw new Error(`gazetteer ${path}: invalid: ${(e as Error).message}`);
  }
}
