// The geoparser in the browser: the same core as the CLI, off the page's main thread. The compact
// gazetteer (data/gazetteer.index.bin) is fetched the first time a request needs it, and kept.
import { openGazetteer, type GazetteerIndex } from '../../geoparse/index.ts';
import { placesNamed } from '../../geoparse/gazetteer/places-named.ts';
import { ingest } from '../ingest/ingest.ts';
import { placeChoice } from '../model/place-names.ts';
import { FORGETFUL_STORE, openArticleStore, type ArticleStore } from '../storage/article-store.ts';
import { MENTIONS_PER_MESSAGE, splitMentions, type AddReply, type WorkerReply, type WorkerRequest } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Enough readings of one name to choose from; a common name can have hundreds of villages. */
const MAX_CHOICES = 60;

let gazetteerUrl: string | null = null;
let gazetteer: Promise<GazetteerIndex> | null = null;
// without IndexedDB the page has told the user already that added articles last until reload
const store: Promise<ArticleStore> = openArticleStore().catch(() => FORGETFUL_STORE);

async function fetchGazetteer(url: string): Promise<GazetteerIndex> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the gazetteer could not be downloaded (HTTP ${response.status})`);
  return openGazetteer(new Uint8Array(await response.arrayBuffer()));
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

function reply(message: WorkerReply): void {
  if (message.type !== 'added') return self.postMessage(message);
  const { outcome, mentions } = splitMentions(message.outcome);
  for (let i = 0; i < mentions.length; i += MENTIONS_PER_MESSAGE) {
    self.postMessage({ id: message.id, type: 'mentions', mentions: mentions.slice(i, i + MENTIONS_PER_MESSAGE) } satisfies WorkerReply);
  }
  self.postMessage({ ...message, outcome });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * An input read and geoparsed; a new article is saved here, off the page's main thread: copying a
 * 1 MB text and its thousands of mentions into IndexedDB takes longer than a frame.
 */
async function add(request: Extract<WorkerRequest, { type: 'add' }>): Promise<WorkerReply> {
  const added = (outcome: AddReply, saveError: string | null = null): WorkerReply => ({ id: request.id, type: 'added', outcome, saveError });
  const outcome = await ingest(request.input, gazetteerFor(request.id), request.now);
  if (!outcome.ok || outcome.added.kind !== 'article') return added(outcome);
  const { article } = outcome.added.record;
  if (request.known.includes(article.id)) return added({ ok: true, added: { kind: 'known', title: article.title } });
  try {
    await (await store).putArticle(outcome.added.record);
    return added(outcome);
  } catch (error) {
    return added(outcome, message(error));
  }
}

async function answer(request: Exclude<WorkerRequest, { type: 'init' }>): Promise<WorkerReply> {
  if (request.type === 'add') return add(request);
  const index = await gazetteerFor(request.id)();
  return { id: request.id, type: 'places', places: placesNamed(index, request.name).slice(0, MAX_CHOICES).map((p) => placeChoice(p, index)) };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    gazetteerUrl = request.gazetteerUrl;
    return;
  }
  answer(request).then(reply, (error: unknown) => reply({ id: request.id, type: 'failed', message: message(error) }));
};
