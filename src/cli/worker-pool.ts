import { Worker } from 'node:worker_threads';
import type { Job } from './geoparse-worker.ts';
import type { Format } from './write-output.ts';

/**
 * Spreads articles over worker threads and hands results back in the order the articles were
 * given, so output does not depend on timing. The main thread reads the compact gazetteer once;
 * each worker gets its own copy (workerData is copied) and sends back its articles as output text,
 * so all the main thread does is read inputs and write.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, (serialized: string) => void>();
  private next = 0;

  constructor(size: number, gazetteer: Uint8Array, format: Format) {
    // Workers start without tsx's TypeScript loader: each registers it, then loads the worker module.
    const workerUrl = JSON.stringify(new URL('./geoparse-worker.ts', import.meta.url).href);
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const bootstrap = `import(${tsx}).then(m => { m.register(); return import(${workerUrl}); })`;
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(bootstrap, { eval: true, workerData: { gazetteer, format } });
      worker.on('message', (m: { seq?: number; serialized?: string }) => {
        if (m.seq === undefined) return;
        this.pending.get(m.seq)?.(m.serialized ?? '');
        this.pending.delete(m.seq);
      });
      worker.on('error', e => {
        console.error(`geoparse: worker failed: ${e.message}`);
        process.exit(2);
      });
      return worker;
    });
  }

  run(job: Job): Promise<string> {
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise(resolve => {
      this.pending.set(job.seq, resolve);
      worker.postMessage(job);
    });
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map(w => w.terminate()));
  }
}
