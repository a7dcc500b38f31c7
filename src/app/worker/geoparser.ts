import type { MentionFeature } from '../../geoparse/types.ts';
import type { AddInput } from '../ingest/ingest.ts';
import type { PlaceChoice } from '../model/corrections.ts';
import { joinMentions, type AddReply, type WorkerReply, type WorkerRequest } from './protocol.ts';

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
  onloading?: () => void;
  /** Mentions sent ahead of the reply they belong to. */
  mentions: MentionFeature[];
}

/**
 * The page's handle on the geoparsing worker. The worker (and the gazetteer it loads) starts with
 * the first request, so the seeds view never downloads either.
 */
export class Geoparser {
  #worker: Worker | null = null;
  #next = 0;
  readonly #pending = new Map<number, Pending>();
  readonly #gazetteerUrl: string;

  constructor(gazetteerUrl: string) {
    this.#gazetteerUrl = gazetteerUrl;
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./geoparse.worker.ts', import.meta.url), { type: 'module', name: 'geoparser' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const pending = this.#pending.get(reply.id);
      if (!pending) return;
      if (reply.type === 'loading-gazetteer') return pending.onloading?.();
      if (reply.type === 'mentions') return void pending.mentions.push(...reply.mentions);
      this.#pending.delete(reply.id);
      if (reply.type === 'failed') pending.reject(new Error(reply.message));
      else if (reply.type === 'added') pending.resolve({ ...reply, outcome: joinMentions(reply.outcome, pending.mentions) });
      else pending.resolve(reply);
    };
    // the worker's script failed to load or threw: fail what waits, start afresh next time
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'the geoparser stopped');
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
      worker.terminate();
      this.#worker = null;
    };
    worker.postMessage({ type: 'init', gazetteerUrl: this.#gazetteerUrl } satisfies WorkerRequest);
    return (this.#worker = worker);
  }

  #ask(request: Exclude<WorkerRequest, { type: 'init' }>, onloading?: () => void): Promise<WorkerReply> {
    const worker = this.#start();
    return new Promise((resolve, reject) => {
      this.#pending.set(request.id, { resolve, reject, onloading, mentions: [] });
      worker.postMessage(request);
    });
  }

  /**
   * Reads and geoparses one input, and saves a new article in this browser; `known` are the ids of
   * the articles on the map. onloading is called if it has to wait for the gazetteer.
   */
  async add(input: AddInput, known: string[], onloading?: () => void): Promise<{ outcome: AddReply; saveError: string | null }> {
    const reply = await this.#ask({ id: ++this.#next, type: 'add', input, now: Date.now(), known }, onloading);
    if (reply.type !== 'added') throw new Error(`the geoparser answered "${reply.type}"`);
    return reply;
  }

  /** The places the gazetteer knows by this name, for a correction. */
  async placesNamed(name: string, onloading?: () => void): Promise<PlaceChoice[]> {
    const reply = await this.#ask({ id: ++this.#next, type: 'places-named', name }, onloading);
    if (reply.type !== 'places') throw new Error(`the geoparser answered "${reply.type}"`);
    return reply.places;
  }
}
