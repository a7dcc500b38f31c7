import type { AddedArticle } from '../model/added-articles.ts';
import { correctionKey, type Correction } from '../model/corrections.ts';

/** What this browser keeps across reloads: the articles the user added and every correction. */
export interface ArticleStore {
  load(): Promise<{ added: AddedArticle[]; corrections: Correction[] }>;
  putArticle(record: AddedArticle): Promise<void>;
  /** Removes the article and the corrections of its mentions. */
  deleteArticle(id: string): Promise<void>;
  putCorrection(correction: Correction): Promise<void>;
  deleteCorrection(article: string, start: number): Promise<void>;
}

const DB_NAME = 'news-places';
const DB_VERSION = 1;
const ARTICLES = 'articles';
const CORRECTIONS = 'corrections';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

/**
 * The store in IndexedDB: articles keyed by id, corrections by "article#start" with an index on
 * the article, so removing an article removes its corrections in the same transaction.
 */
export async function openArticleStore(): Promise<ArticleStore> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
  const open = indexedDB.open(DB_NAME, DB_VERSION);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore(ARTICLES, { keyPath: 'article.id' });
    db.createObjectStore(CORRECTIONS).createIndex('article', 'article');
  };
  const db = await done(open);

  const write = async (change: (tx: IDBTransaction) => void) => {
    const tx = db.transaction([ARTICLES, CORRECTIONS], 'readwrite');
    change(tx);
    await committed(tx);
  };

  return {
    async load() {
      const tx = db.transaction([ARTICLES, CORRECTIONS], 'readonly');
      const [added, corrections] = await Promise.all([
        done(tx.objectStore(ARTICLES).getAll() as IDBRequest<AddedArticle[]>),
        done(tx.objectStore(CORRECTIONS).getAll() as IDBRequest<Correction[]>),
      ]);
      return { added, corrections };
    },
    putArticle: (record) => write((tx) => tx.objectStore(ARTICLES).put(record)),
    deleteArticle: (id) =>
      write((tx) => {
        tx.objectStore(ARTICLES).delete(id);
        const corrections = tx.objectStore(CORRECTIONS);
        corrections.index('article').getAllKeys(id).onsuccess = (event) => {
          for (const key of (event.target as IDBRequest<IDBValidKey[]>).result) corrections.delete(key);
        };
      }),
    putCorrection: (correction) => write((tx) => tx.objectStore(CORRECTIONS).put(correction, correctionKey(correction.article, correction.start))),
    deleteCorrection: (article, start) => write((tx) => tx.objectStore(CORRECTIONS).delete(correctionKey(article, start))),
  };
}

/** A store that keeps nothing, for a browser without IndexedDB: added articles last until reload. */
export const FORGETFUL_STORE: ArticleStore = {
  load: async () => ({ added: [], corrections: [] }),
  putArticle: async () => {},
  deleteArticle: async () => {},
  putCorrection: async () => {},
  deleteCorrection: async () => {},
};
