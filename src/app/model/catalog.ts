import type { MentionFeature, PlaceType } from '../../geoparse/types.ts';
import type { Article, Dataset } from './dataset.ts';
import { foldForSearch } from './fold.ts';

/** A mentioned place, as gathered from the mentions that point at it. */
export interface Place {
  id: string;
  name: string;
  type: PlaceType;
  countryCode: string;
  lon: number;
  lat: number;
  /** Every name and spelling it is known by, folded and joined, for the text filter. */
  searchKey: string;
  /**
   * Its name folded, to sort the list by name: plain comparison of these reads alphabetically
   * ("Ālbū Kamāl" among the A's) without localeCompare, whose collator cost ~40 ms to set up.
   */
  sortKey: string;
}

/**
 * The dataset indexed for filtering: places and articles by position, and per mention its place,
 * article, section and whether it counts, so a filter pass over 100k mentions is array reads.
 */
export interface Catalog {
  articles: Article[];
  places: Place[];
  mentions: MentionFeature[];
  mentionPlace: Int32Array;
  mentionArticle: Int32Array;
  /** 1 for a related-links mention. */
  mentionRelated: Uint8Array;
  /** 1 for a counted mention, 0 for a duplicate (shown, not counted). */
  mentionCounted: Uint8Array;
  placeIndex: Map<string, number>;
  articleIndex: Map<string, number>;
}

export function buildCatalog(dataset: Dataset): Catalog {
  const articles = [...dataset.articles];
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const places: Place[] = [];
  const placeIndex = new Map<string, number>();
  const spellings: Set<string>[] = [];
  const { mentions } = dataset;
  const mentionPlace = new Int32Array(mentions.length);
  const mentionArticle = new Int32Array(mentions.length);
  const mentionRelated = new Uint8Array(mentions.length);
  const mentionCounted = new Uint8Array(mentions.length);

  mentions.forEach((mention, m) => {
    const p = mention.properties;
    let placeIdx = placeIndex.get(p.placeId);
    if (placeIdx === undefined) {
      placeIdx = places.length;
      placeIndex.set(p.placeId, placeIdx);
      const [lon = 0, lat = 0] = mention.geometry.coordinates;
      places.push({ id: p.placeId, name: p.name, type: p.type, countryCode: p.countryCode, lon, lat, searchKey: '', sortKey: foldForSearch(p.name) });
      spellings.push(new Set([p.name, ...(dataset.placeNames[p.placeId] ?? [])]));
    }
    spellings[placeIdx]?.add(p.surface);
    let articleIdx = articleIndex.get(p.article);
    if (articleIdx === undefined) {
      // A mention whose article is not listed (an imported file): the article is known by its mentions.
      articleIdx = articles.length;
      articleIndex.set(p.article, articleIdx);
      articles.push({ id: p.article, title: p.title, date: p.date, source: p.source, lang: p.lang, text: null });
    }
    mentionPlace[m] = placeIdx;
    mentionArticle[m] = articleIdx;
    mentionRelated[m] = p.section === 'related' ? 1 : 0;
    mentionCounted[m] = p.duplicate ? 0 : 1;
  });
  places.forEach((place, i) => {
    place.searchKey = [...(spellings[i] ?? [])].map(foldForSearch).join('|');
  });
  return { articles, places, mentions, mentionPlace, mentionArticle, mentionRelated, mentionCounted, placeIndex, articleIndex };
}
