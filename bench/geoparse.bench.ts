// Geoparser benchmark: gazetteer load time, single-thread throughput, peak memory, the CLI's scaling
// over worker threads, and compromise's .places() on the same English text for comparison.
// Prints numbers; it asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_GAZETTEER, readGazetteerFile } from '../src/cli/gazetteer-file.ts';
import { detectLang } from '../src/geoparse/article/detect-lang.ts';
import { geoparseArticle, openGazetteer } from '../src/geoparse/index.ts';
import { corpusArticles } from './corpus.ts';

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

// Names the generated sentences use: the places news would name (no villages).
const table = gazetteer.table;
const places = Array.from({ length: table.length }, (_, i) => i).filter(i => table.population(i) > 50_000 || table.type(i) !== 'city').map(i => table.name(i));
const corpus = () => corpusArticles(MB, places, join(root, 'seeds'));

// One article at a time, as the CLI reads them: the memory figure is the geoparser's, not the corpus's.
let articles = 0;
let bytes = 0;
let mentions = 0;
let ms = 0;
const english: string[] = [];
let englishLength = 0;
for (const text of corpus()) {
  const t = performance.now();
  mentions += geoparseArticle(text, `a${articles}`, gazetteer).length;
  ms += performance.now() - t;
  bytes += Buffer.byteLength(text);
  if (englishLength < 1_000_000 && detectLang(text) === 'en') {
    english.push(text);
    englishLength += text.length + 2;
  }
  if (articles++ % 50 === 0) sample();
}
const seconds = ms / 1000;
clearInterval(sampler);
sample();
console.log(`corpus: ${articles} articles, ${fmt(mb(bytes))} MB (seed paragraphs and generated sentences, vi + en)`);
console.log(`geoparse, one thread: ${fmt(mb(bytes) / seconds, 2)} MB/s (${fmt(seconds)} s, ${mentions} mentions); peak RSS ${fmt(peakRss / 2 ** 20, 0)} MB`);

// The generated sentences name a place every 75 bytes or so; news names one every 200 or so
// (LGL, TR-News), and time goes with the places. Where the evaluation texts are at hand, the same
// measure over real articles, read again and again up to 20 MB.
const newsDir = process.env.BENCH_NEWS ?? join(root, '../shared/eval/english');
if (existsSync(newsDir)) {
  const news = readdirSync(newsDir).filter(f => f.endsWith('.json')).flatMap(f => (JSON.parse(readFileSync(join(newsDir, f), 'utf8')) as Array<{ text: string }>).map(a => a.text));
  let newsBytes = 0;
  let newsMentions = 0;
  let newsMs = 0;
  for (let i = 0; newsBytes < 20e6; i++) {
    const text = news[i % news.length]!;
    const t = performance.now();
    newsMentions += geoparseArticle(text, `n${i}`, gazetteer).length;
    newsMs += performance.now() - t;
    newsBytes += Buffer.byteLength(text);
  }
  console.log(`news articles (${news.length} from ${newsDir}, read again to ${fmt(mb(newsBytes), 0)} MB): ${fmt(mb(newsBytes) / (newsMs / 1000), 2)} MB/s, a mention every ${fmt(newsBytes / newsMentions, 0)} bytes (the corpus above: ${fmt(bytes / mentions, 0)})`);
} else {
  console.log(`news articles: ${newsDir} not found (set BENCH_NEWS to a folder of LGL/TR-News style JSON)`);
}

// The same English text through compromise's place finder (a small slice: it is much slower).
const englishText = english.join('\n\n').slice(0, 1_000_000);
const { default: nlp } = await import('compromise');
const t2 = performance.now();
const found = nlp(englishText).places().out('array').length;
const s2 = (performance.now() - t2) / 1000;
const t3 = performance.now();
geoparseArticle(englishText, 'english', gazetteer);
const s3 = (performance.now() - t3) / 1000;
const englishMB = mb(Buffer.byteLength(englishText));
console.log(`same ${fmt(englishMB)} MB of English: compromise .places() ${fmt(englishMB / s2, 2)} MB/s (${found} places), geoparse ${fmt(englishMB / s3, 2)} MB/s`);

// The CLI over files, with one worker thread and with one per core.
const dir = mkdtempSync(join(tmpdir(), 'geoparse-bench-'));
let files = 0;
for (const text of corpus()) writeFileSync(join(dir, `a${String(files++).padStart(5, '0')}.txt`), text);
for (const jobs of [1, availableParallelism()]) {
  const t = performance.now();
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/geoparse.ts'), '--gazetteer', gazetteerPath, '--jobs', String(jobs), '--format', 'geojsonseq', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const s = (performance.now() - t) / 1000;
  console.log(`CLI --jobs ${jobs}: ${fmt(mb(bytes) / s, 2)} MB/s over ${files} files (${fmt(s)} s, whole command, exit ${r.status})`);
}
rmSync(dir, { recursive: true, force: true });
