import { withAdded, type AddedArticle } from '../model/added-articles.ts';
import { buildCatalog, type Catalog } from '../model/catalog.ts';
import { correctDataset, type Correction, type ExplorerMention } from '../model/corrections.ts';
import type { Dataset } from '../model/dataset.ts';
import { applyFilters, NO_FILTERS, type Bounds, type Filters } from '../model/filters.ts';
import { lastCall } from '../model/last-call.ts';
import { aggregatePoints } from '../model/points.ts';
import type { Camera, KnownIds, ViewState } from '../model/url-state.ts';
import { locale } from './locale.svelte.ts';

/** The list with the item added, or removed if it was there: for switches stored as what is off. */
export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

/**
 * The explorer's state: the loaded articles and mentions, and the view the URL describes.
 * Everything the map, legend and list show is derived from these, so they cannot disagree.
 * Articles may come from anywhere (seeds, a dropped file); nothing here knows about the seeds.
 */
export class Explorer {
  /** The articles the explorer opens with. */
  base = $state.raw<Dataset>({ articles: [], mentions: [], placeNames: {} });
  /** The articles the user added in this browser. */
  added = $state.raw<AddedArticle[]>([]);
  /** The user's corrections, by "article#start". */
  corrections = $state.raw<ReadonlyMap<string, Correction>>(new Map());
  filters = $state.raw<Filters>(NO_FILTERS);
  /** Selected place id: its popup is open. */
  place = $state.raw<string | null>(null);
  /** Article open in the reader. */
  article = $state.raw<string | null>(null);
  basemap = $state.raw<string | null>(null);
  /** Kept apart from the rest so camera moves do not re-run the filters. */
  camera = $state.raw<Camera | null>(null);
  /** The map's current extent, for the "current view" area filter. */
  bounds = $state.raw<Bounds | null>(null);
  hoveredPlace = $state.raw<number | null>(null);
  notices = $state<Notice[]>([]);

  // Each step remembers its last result, so that `prepare` can work a change out ahead of time.
  readonly #withAdded = lastCall(withAdded);
  readonly #correct = lastCall(correctDataset);
  readonly #buildCatalog = lastCall(buildCatalog);
  readonly #applyFilters = lastCall(applyFilters);
  readonly #aggregatePoints = lastCall(aggregatePoints);

  /** Every article and mention as the geoparser gave them; the reader shows corrections against these. */
  uncorrected: Dataset = $derived(this.#withAdded(this.base, this.added));
  dataset: Dataset = $derived(this.#correct(this.uncorrected, this.corrections));
  /** The added articles that are not among the base ones: those the user may rename and remove. */
  addedIds: ReadonlySet<string> = $derived.by(() => {
    const base = new Set(this.base.articles.map((a) => a.id));
    return new Set(this.added.map((r) => r.article.id).filter((id) => !base.has(id)));
  });
  catalog: Catalog = $derived(this.#buildCatalog(this.dataset));
  result = $derived(this.#applyFilters(this.catalog, this.filters, this.#viewBounds()));
  points = $derived(this.#aggregatePoints(this.catalog, this.result.visible));

  known: KnownIds = {
    article: (id) => this.catalog.articleIndex.has(id),
    place: (id) => this.catalog.placeIndex.has(id),
  };

  #noticeId = 0;

  /** The map's extent when the area filter asks for it; null otherwise, so moves do not re-run the filters. */
  #viewBounds(): Bounds | null {
    return this.filters.area?.kind === 'view' ? this.bounds : null;
  }

  /**
   * Works out what the map will show once these are the added articles, without showing it yet.
   * Taking them afterwards costs only the drawing: a large article goes on the map in two tasks,
   * each shorter than a frame, instead of one that holds the page.
   */
  prepare(added: AddedArticle[]): void {
    const catalog = this.#buildCatalog(this.#correct(this.#withAdded(this.base, added), this.corrections));
    this.#aggregatePoints(catalog, this.#applyFilters(catalog, this.filters, this.#viewBounds()).visible);
  }

  /** The mentions the filters let through: what the map shows and the export saves. */
  visibleMentions(): ExplorerMention[] {
    return this.catalog.mentions.filter((_, m) => this.result.visible[m]);
  }

  get view(): ViewState {
    return { camera: this.camera, filters: this.filters, place: this.place, article: this.article, basemap: this.basemap, added: [...this.addedIds], lang: locale.choice };
  }

  applyView(view: ViewState): void {
    this.camera = view.camera;
    this.filters = view.filters;
    this.place = view.place;
    this.article = view.article;
    this.basemap = view.basemap;
    locale.choice = view.lang;
  }

  setFilters(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
  }

  notify(kind: Notice['kind'], text: string): void {
    this.notices.push({ id: ++this.#noticeId, kind, text });
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}
