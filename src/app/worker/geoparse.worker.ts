// The geoparser in the browser: the same core as the CLI, off the page's main thread. The 16 MB
// gazetteer is fetched the first time a request needs it, and kept.
import { loadGazetteer, type GazetteerIndex } from '../../geoparse/index.ts';
import { placesNamed } from '../../geoparse/gazetteer/places-named.ts';
import { ingest } from '../ingest/ingest.ts';
import { placeChoice } from '../model/place-names.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Enough readings of one name to choose from; a common name can have hundreds of villages. */
const MAX_CHOICES = 60;

let gazetteerUrl: string | null = null;
let gazetteer: Promise<GazetteerIndex> | null = null;

async function fetchGazetteer(url: string): Promise<GazetteerIndex> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the gazetteer could not be downloaded (HTTP ${response.status})`);
  return loadGazetteer(await response.json());
}

/** The gazetteer, loading it on first use; a failed load is tried again by the next request. */
function gazetteerFor(id: number): () => Promise<GazetteerIndex> {
  return () => {
    if (!gazetteer) {
      if (!gazetteerUrl) return Promise.reject(new Error('the worker was not told where the gazetteer is'));
      reply({ id, type: 'loading-gazetteer' });
      gazetteer = fetchGazetteer(gazetteerUrl);
      gazetteer.catch(() => (gazetteer = null));
    }
    return gazetteer;
  };
}

const reply = (message: WorkerReply) => self.postMessage(message);

async function answer(request: Exclude<WorkerRequest, { type: 'init' }>): Promise<WorkerReply> {
  if (request.type === 'add') return { id: request.id, type: 'added', outcome: await ingest(request.input, gazetteerFor(request.id), request.now) };
  const index = await gazetteerFor(request.id)();
  return { id: request.id, type: 'places', places: placesNamed(index, request.name).slice(0, MAX_CHOICES).map((p) => placeChoice(p, index)) };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    gazetteerUrl = request.gazetteerUrl;
    return;
  }
  answer(request).then(reply, (error: unknown) => reply({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
