import type { FeatureCollection, Point } from 'geojson';
import type { Catalog } from './catalog.ts';

/**
 * One map point per place, sized by its counted mentions under the filters. Indices rather than
 * ids keep the data sent to the map's worker small.
 */
export interface PointProperties {
  /** Place index in the catalog. */
  p: number;
  /** Counted mentions (duplicates excluded). */
  n: number;
  /** The article index when all the place's visible mentions are from one article, else MIXED_ARTICLE. */
  a: number;
  /** 1 when all its visible mentions are in related-links blocks: drawn hollow. */
  related: 0 | 1;
  name: string;
}

export type MentionPoints = FeatureCollection<Point, PointProperties>;

/** The article index of a place, or cluster, in several articles. */
export const MIXED_ARTICLE = -1;
const UNSEEN = -2;

/**
 * Groups the visible mentions by place. A place in several articles is one point in a neutral
 * colour, the popup telling the articles apart: points of one place in different colours would
 * sit exactly on top of each other.
 */
export function aggregatePoints(catalog: Catalog, visible: Uint8Array): MentionPoints {
  const { mentionPlace, mentionArticle, mentionRelated, mentionCounted, places } = catalog;
  const count = new Int32Array(places.length);
  const article = new Int32Array(places.length).fill(UNSEEN);
  const body = new Uint8Array(places.length);
  for (let m = 0; m < mentionPlace.length; m++) {
    if (!visible[m]) continue;
    const p = mentionPlace[m]!;
    const a = mentionArticle[m]!;
    article[p] = article[p] === UNSEEN || article[p] === a ? a : MIXED_ARTICLE;
    if (!mentionRelated[m]) body[p] = 1;
    count[p]! += mentionCounted[m]!;
  }
  const features: MentionPoints['features'] = [];
  for (let p = 0; p < places.length; p++) {
    if (article[p] === UNSEEN) continue;
    const place = places[p]!;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { p, n: count[p]!, a: article[p]!, related: body[p] ? 0 : 1, name: place.name },
    });
  }
  return { type: 'FeatureCollection', features };
}
