import type { MentionProperties } from '../../geoparse/types.ts';
import type { AddInput } from '../ingest/ingest.ts';
import { importMentions, renamed, type AddedArticle } from '../model/added-articles.ts';
import { correctionKey, type Correction, type ExplorerMention, type PlaceChoice } from '../model/corrections.ts';
import { FORGETFUL_STORE, type ArticleStore } from '../storage/article-store.ts';
import { t, wordProblem } from '../strings.ts';
import type { Geoparser } from '../worker/geoparser.ts';
import type { AddReply } from '../worker/protocol.ts';
import type { Explorer } from './explorer.svelte.ts';

/** Where a batch of inputs stands, for the progress line. */
export interface Progress {
  done: number;
  total: number;
  /** The input being read and geoparsed. */
  name: string;
  /** It waits for the gazetteer, loaded the first time. */
  gazetteer: boolean;
}

/** Success messages a batch names before it only counts: a folder of files is one notice, not fifty. */
const NAMED_IN_SUMMARY = 5;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Lets the page draw and answer input before the next step: each step stays shorter than a frame. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The user's own articles and corrections: added through the geoparsing worker, shown by the
 * explorer, kept in this browser's IndexedDB. Every change is made on the map first and saved
 * after; a failed save says so and loses nothing on screen.
 */
export class Library {
  progress = $state<Progress | null>(null);
  #store: ArticleStore = FORGETFUL_STORE;
  /** Batches run one after the other: the worker geoparses one text at a time anyway. */
  #queue: Promise<void> = Promise.resolve();
  readonly #explorer: Explorer;
  readonly #geoparser: Geoparser;

  constructor(explorer: Explorer, geoparser: Geoparser) {
    this.#explorer = explorer;
    this.#geoparser = geoparser;
  }

  /** Takes this browser's store, once open, and puts what it keeps on the map. */
  async open(store: Promise<ArticleStore>): Promise<void> {
    try {
      this.#store = await store;
      const { added, corrections } = await this.#store.load();
      this.#explorer.added = added;
      this.#explorer.corrections = new Map(corrections.map((c) => [correctionKey(c.article, c.start), c]));
    } catch (error) {
      this.#store = FORGETFUL_STORE;
      this.#explorer.notify('error', t.storageUnavailable(message(error)));
    }
  }

  #save(write: Promise<void>): void {
    write.catch((error: unknown) => this.#explorer.notify('error', t.storageFailed(message(error))));
  }

  /** Reads, geoparses and adds the inputs in turn; each refused one gets its own message. */
  add(inputs: AddInput[]): Promise<void> {
    const run = this.#queue.then(() => this.#addBatch(inputs));
    this.#queue = run.catch(() => {});
    return run;
  }

  async #addBatch(inputs: AddInput[]): Promise<void> {
    /** What each input brought: its name for a batch's summary, its own message when alone. */
    const added: { name: string; message: string }[] = [];
    for (const [done, input] of inputs.entries()) {
      const name = input.kind === 'file' ? input.file.name : input.title.trim() || t.pastedText;
      this.progress = { done, total: inputs.length, name, gazetteer: false };
      let outcome: AddReply;
      try {
        const known = this.#explorer.catalog.articles.map((a) => a.id);
        const reply = await this.#geoparser.add(input, known, () => (this.progress = { done, total: inputs.length, name, gazetteer: true }));
        outcome = reply.outcome;
        if (reply.saveError) this.#explorer.notify('error', t.storageFailed(reply.saveError));
      } catch (error) {
        this.#explorer.notify('error', t.fileRefused(t.addFailed(name, message(error))));
        continue;
      }
      if (!outcome.ok) {
        const { problem } = outcome;
        this.#explorer.notify('error', t.fileRefused(wordProblem(t.addProblems, name, problem)));
        continue;
      }
      const { added: what } = outcome;
      if (what.kind === 'known') {
        this.#explorer.notify('info', t.alreadyAdded(name));
        continue;
      }
      // the reply was read in a task of its own, the next works out the new map, the last shows it
      await nextTask();
      if (what.kind === 'article') added.push({ name: what.record.article.title, message: await this.#addArticle(what.record) });
      else added.push({ name, message: await this.#addMentions(what.mentions, name) });
    }
    this.progress = null;
    if (added.length === 1) this.#explorer.notify('info', added[0]!.message);
    else if (added.length > 1) {
      const names = added.slice(0, NAMED_IN_SUMMARY).map((a) => a.name);
      this.#explorer.notify('info', t.batchAdded(names, added.length - names.length));
    }
  }

  /** Changes the added articles, the new map worked out in one task and shown in the next. */
  async #show<T extends { added: AddedArticle[] }>(change: (current: AddedArticle[]) => T): Promise<T> {
    const before = this.#explorer.added;
    let result = change(before);
    this.#explorer.prepare(result.added);
    await nextTask();
    // the user removed or renamed one in between: change what is there now
    if (this.#explorer.added !== before) result = change(this.#explorer.added);
    this.#explorer.added = result.added;
    return result;
  }

  /** Puts a geoparsed article on the map (the worker has saved it); says what it brought. */
  async #addArticle(record: AddedArticle): Promise<string> {
    await this.#show((current) => ({ added: [...current, record] }));
    const places = new Set(record.mentions.map((m) => m.properties.placeId)).size;
    return t.articleAdded(record.article.title, record.mentions.length, places);
  }

  async #addMentions(mentions: ExplorerMention[], name: string): Promise<string> {
    const now = Date.now();
    // the dataset read is the one of `current`: #show calls this with the added articles of the moment
    const { changed, fresh, corrections } = await this.#show((current) => importMentions(this.#explorer.uncorrected, current, mentions, this.#explorer.corrections, now));
    for (const record of changed) this.#save(this.#store.putArticle(record));
    if (corrections.length > 0) {
      const kept = new Map(this.#explorer.corrections);
      for (const c of corrections) {
        kept.set(correctionKey(c.article, c.start), c);
        this.#save(this.#store.putCorrection(c));
      }
      this.#explorer.corrections = kept;
    }
    return t.fileAdded(name, fresh, mentions.length - fresh - corrections.length, corrections.length);
  }

  rename(id: string, title: string): void {
    const record = this.#explorer.added.find((r) => r.article.id === id);
    if (!record || !title.trim() || title.trim() === record.article.title) return;
    const next = renamed(record, title.trim());
    this.#explorer.added = this.#explorer.added.map((r) => (r === record ? next : r));
    this.#save(this.#store.putArticle(next));
  }

  /** Removes an added article, its corrections, and whatever of the view pointed at it. */
  remove(id: string): void {
    const explorer = this.#explorer;
    const record = explorer.added.find((r) => r.article.id === id);
    if (!record) return;
    explorer.added = explorer.added.filter((r) => r !== record);
    explorer.corrections = new Map([...explorer.corrections].filter(([, c]) => c.article !== id));
    if (explorer.filters.hiddenArticles.includes(id)) explorer.setFilters({ hiddenArticles: explorer.filters.hiddenArticles.filter((a) => a !== id) });
    if (explorer.article === id) explorer.article = null;
    if (explorer.place !== null && !explorer.catalog.placeIndex.has(explorer.place)) explorer.place = null;
    this.#save(this.#store.deleteArticle(id));
    explorer.notify('info', t.articleRemoved(record.article.title));
  }

  /** Records the user's verdict on a mention: another place, or (place null) not a place. */
  correct(mention: MentionProperties, place: PlaceChoice | null): void {
    const { article, start, end, surface } = mention;
    const correction: Correction = { article, start, end, place };
    this.#explorer.corrections = new Map(this.#explorer.corrections).set(correctionKey(article, start), correction);
    this.#save(this.#store.putCorrection(correction));
    this.#explorer.notify('info', place ? t.corrected(surface, place.name) : t.markedNotAPlace(surface));
  }

  /** Back to the geoparser's reading of the mention. */
  undoCorrection(mention: MentionProperties): void {
    const corrections = new Map(this.#explorer.corrections);
    corrections.delete(correctionKey(mention.article, mention.start));
    this.#explorer.corrections = corrections;
    this.#save(this.#store.deleteCorrection(mention.article, mention.start));
    this.#explorer.notify('info', t.correctionUndone(mention.surface));
  }

  placesNamed(name: string): Promise<PlaceChoice[]> {
    return this.#geoparser.placesNamed(name);
  }
}
