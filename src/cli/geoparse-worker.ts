// A worker thread of the CLI: loads the gazetteer once, then geoparses the articles it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { geoparseArticle } from '../geoparse/index.ts';
import { loadGazetteerFile } from './gazetteer-file.ts';

export interface Job {
  seq: number;
  id: string;
  text: string;
}

const gazetteer = loadGazetteerFile((workerData as { gazetteer: string }).gazetteer);
parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage({ seq: job.seq, features: geoparseArticle(job.text, job.id, gazetteer) });
});
parentPort!.postMessage({ ready: true });
