// A worker thread of the CLI: opens the gazetteer the pool shares, then geoparses the articles it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { geoparseArticle, openGazetteer } from '../geoparse/index.ts';

export interface Job {
  seq: number;
  id: string;
  text: string;
}

const gazetteer = openGazetteer(new Uint8Array((workerData as { gazetteer: SharedArrayBuffer }).gazetteer));
parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage({ seq: job.seq, features: geoparseArticle(job.text, job.id, gazetteer) });
});
parentPort!.postMessage({ ready: true });
