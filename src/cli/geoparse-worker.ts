// A worker thread of the CLI: opens the gazetteer the pool sends, then geoparses the articles it is
// sent and hands each back as output text.
import { parentPort, workerData } from 'node:worker_threads';
import { geoparseArticle, openGazetteer } from '../geoparse/index.ts';
import { serializeFeatures, type Format } from './write-output.ts';

export interface Job {
  seq: number;
  id: string;
  text: string;
}

// The pool's copy, not a SharedArrayBuffer: V8 reads typed arrays over shared memory more slowly,
// and the geoparser reads the gazetteer for every word (2 workers took 8.8 s on 10 MB shared, 6.9 s copied).
const data = workerData as { gazetteer: Uint8Array; format: Format };
const gazetteer = openGazetteer(data.gazetteer);
parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage({ seq: job.seq, serialized: serializeFeatures(geoparseArticle(job.text, job.id, gazetteer), data.format) });
});
parentPort!.postMessage({ ready: true });
