// The geoparse command: articles in (files, directories, stdin), one GeoJSON stream of mentions out.
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { geoparseArticle, openGazetteer } from '../geoparse/index.ts';
import { DEFAULT_GAZETTEER, readGazetteerFile } from './gazetteer-file.ts';
import { Progress } from './progress.ts';
import { expandArguments, readInput } from './read-inputs.ts';
import { WorkerPool } from './worker-pool.ts';
import { FeatureWriter, serializeFeatures, type Format } from './write-output.ts';

const USAGE = `usage: npm run -s geoparse -- [options] FILE|DIR|- ...
Prints one GeoJSON FeatureCollection of the place mentions in the articles (one Point per mention).
  --format geojson|geojsonseq   one FeatureCollection (default), or RFC 8142 text sequences
  --gazetteer PATH              gazetteer, GeoJSON or compact (default: data/gazetteer.index.bin)
  --jobs N                      worker threads (default: one per core for large inputs, else 0)
  --help`;

// Below this much text, starting worker threads costs more than it saves.
const PARALLEL_BYTES = 8 * 1024 * 1024;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { format: { type: 'string', default: 'geojson' }, gazetteer: { type: 'string', default: DEFAULT_GAZETTEER }, jobs: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (e) {
    console.error(`geoparse: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format as Format;
  if (format !== 'geojson' && format !== 'geojsonseq') {
    console.error(`geoparse: --format must be geojson or geojsonseq, not "${values.format}"`);
    return 2;
  }
  if (positionals.length === 0) {
    console.error(`geoparse: no input given\n${USAGE}`);
    return 2;
  }
  const jobs = values.jobs === undefined ? null : Number(values.jobs);
  if (jobs !== null && !(Number.isInteger(jobs) && jobs >= 0)) {
    console.error(`geoparse: --jobs must be a whole number >= 0, not "${values.jobs}"`);
    return 2;
  }

  const inputs = expandArguments(positionals);
  const bytes = inputs.reduce((n, i) => n + ('path' in i && i.path ? sizeOf(i.path) : 0), 0);
  const workers = jobs ?? (bytes >= PARALLEL_BYTES ? availableParallelism() : 0);

  let gazetteerBytes: Uint8Array;
  try {
    gazetteerBytes = readGazetteerFile(values.gazetteer);
  } catch (e) {
    console.error(`geoparse: ${(e as Error).message}`);
    return 1;
  }
  const gazetteer = workers === 0 ? openGazetteer(gazetteerBytes) : null;
  const pool = workers > 0 ? new WorkerPool(workers, gazetteerBytes, format) : null;
  // "geoparse corpus/ | head": once the reader has gone there is no one to write for, and no error.
  process.stdout.on('error', e => {
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
    process.exit(0);
  });
  const writer = new FeatureWriter(process.stdout, format);
  const progress = new Progress(inputs.length, bytes);
  let failed = false;

  // Results are written in input order; with workers, a bounded window of articles is in flight.
  const window: Array<Promise<string>> = [];
  const flush = async (keep: number) => {
    while (window.length > keep) await writer.write(await window.shift()!);
  };
  let seq = 0;
  for (const input of inputs) {
    const read = 'error' in input ? input : readInput(input.name, input.path);
    if ('error' in read) {
      progress.clear();
      console.error(`geoparse: ${read.name}: ${read.error}`);
      failed = true;
      continue;
    }
    window.push(pool ? pool.run({ seq: seq++, id: read.id, text: read.text }) : Promise.resolve(serializeFeatures(geoparseArticle(read.text, read.id, gazetteer!), format)));
    progress.tick(Buffer.byteLength(read.text));
    await flush(pool ? workers * 4 : 0);
  }
  await flush(0);
  await writer.end();
  progress.clear();
  await pool?.close();
  return failed ? 1 : 0;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

main().then(code => {
  process.exitCode = code;
});
