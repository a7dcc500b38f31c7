// Geoparser benchmark: gazetteer load time, single-thread throughput, peak memory, the CLI's scaling
// over worker threads, and compromise's .places() on the same English text for comparison.
// Prints numbers; it asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_GAZETTEER, readGazetteerFile } from '../src/cli/gazetteer-file.ts';
import { detectLang } from '../src/geoparse/article/detect-lang.ts';
import type { PlaceTable } from '../src/geoparse/gazetteer/place-table.ts';
import { geoparseArticle, openGazetteer } from '../src/geoparse/index.ts';
import type { Gazetteer } from '../src/geoparse/types.ts';
import { makeCorpus } from './corpus.ts';

const root = join(import.meta.dirname, '..');
const gazetteerPath = process.env.BENCH_GAZETTEER ?? DEFAULT_GAZETTEER;
const MB = Number(process.env.BENCH_MB ?? 50);
const mb = (bytes: number) => bytes / 1e6;
const fmt = (x: number, d = 1) => x.toFixed(d);

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 20);

// As the CLI loads it: the file read (a GeoJSON one also parsed, checked and encoded), then opened.
const t0 = performance.now();
const compact = readGazetteerFile(gazetteerPath);
const tRead = performance.now();
const gazetteer = openGazetteer(compact);
const tLoaded = performance.now();
sample();
console.log(`gazetteer: ${gazetteer.table.length} places; load ${fmt(tLoaded - t0, 0)} ms (read ${fmt(tRead - t0, 0)} ms + open ${fmt(tLoaded - tRead, 0)} ms), ${gazetteer.names.size} name keys, ${fmt(mb(compact.length))} MB compact`);

const corpus = makeCorpus(MB, corpusPlaces(gazetteer.table), join(root, 'seeds'));
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a), 0);
console.log(`corpus: ${corpus.length} articles, ${fmt(mb(bytes))} MB (seed paragraphs and generated sentences, vi + en)`);

let mentions = 0;
const t1 = performance.now();
corpus.forEach((text, i) => {
  mentions += geoparseArticle(text, `a${i}`, gazetteer).length;
  if (i % 50 === 0) sample();
});
const seconds = (performance.now() - t1) / 1000;
clearInterval(sampler);
sample();
console.log(`geoparse, one thread: ${fmt(mb(bytes) / seconds, 2)} MB/s (${fmt(seconds)} s, ${mentions} mentions); peak RSS ${fmt(peakRss / 2 ** 20, 0)} MB`);

// The same English text through compromise's place finder (a small slice: it is much slower).
const english = corpus.filter(a => detectLang(a) === 'en').join('\n\n').slice(0, 1_000_000);
const { default: nlp } = await import('compromise');
const t2 = performance.now();
const found = nlp(english).places().out('array').length;
const s2 = (performance.now() - t2) / 1000;
const t3 = performance.now();
geoparseArticle(english, 'english', gazetteer);
const s3 = (performance.now() - t3) / 1000;
console.log(`same ${fmt(mb(Buffer.byteLength(english)))} MB of English: compromise .places() ${fmt(mb(Buffer.byteLength(english)) / s2, 2)} MB/s (${found} places), geoparse ${fmt(mb(Buffer.byteLength(english)) / s3, 2)} MB/s`);

// The CLI over files, with one worker thread and with one per core.
const dir = mkdtempSync(join(tmpdir(), 'geoparse-bench-'));
const files = corpus.map((text, i) => {
  const f = join(dir, `a${String(i).padStart(5, '0')}.txt`);
  writeFileSync(f, text);
  return f;
});
for (const jobs of [1, availableParallelism()]) {
  const t = performance.now();
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/geoparse.ts'), '--gazetteer', gazetteerPath, '--jobs', String(jobs), '--format', 'geojsonseq', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const s = (performance.now() - t) / 1000;
  console.log(`CLI --jobs ${jobs}: ${fmt(mb(bytes) / s, 2)} MB/s over ${files.length} files (${fmt(s)} s, whole command, exit ${r.status})`);
}
rmSync(dir, { recursive: true, force: true });

/**
 * The places as makeCorpus reads them (name, type, population), without the names and ids it
 * does not: whole features, which the geoparser never makes, would weigh on the memory figure.
 */
function corpusPlaces(table: PlaceTable): Gazetteer {
  const features = Array.from({ length: table.length }, (_, i) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [table.lon(i), table.lat(i)] },
    properties: { id: '', name: table.name(i), names: { en: [], vi: [], ar: [] }, alt: [], type: table.type(i), countryCode: '', population: table.population(i), source: '' },
  }));
  return { type: 'FeatureCollection', features };
}
