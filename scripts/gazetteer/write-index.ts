/**
 * data/gazetteer.geojson → data/gazetteer.index.bin, the compact form the CLI and the app load.
 * Run by the build after it writes the GeoJSON; on its own (`npx tsx scripts/gazetteer/write-index.ts`)
 * after the GeoJSON or the format changes. The same GeoJSON always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { compactGazetteer } from '../../src/geoparse/gazetteer/load-gazetteer.ts';
import { paths } from './sources.ts';

/** The SHA-256 of a file's bytes, as the compact gazetteer's header keeps it to name its source. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest();
}

/** The compact gazetteer of a GeoJSON file's bytes. */
export function indexOfGeoJson(geojson: Uint8Array): Uint8Array {
  return compactGazetteer(JSON.parse(new TextDecoder().decode(geojson)), sha256(geojson));
}

export function writeIndex(from = paths.output, to = paths.index): number {
  const bytes = indexOfGeoJson(readFileSync(from));
  writeFileSync(to, bytes);
  return bytes.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const bytes = writeIndex();
  console.log(`wrote ${paths.index}: ${(bytes / 1e6).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
