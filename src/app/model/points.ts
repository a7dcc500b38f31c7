import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Catalog } from './catalog.ts';

/**
 * One map point: a place in one article and one section, sized by its counted mentions. Indices
 * rather than ids keep the data sent to the map's worker small.
 */
export interface PointProperties {
  /** Place index in the catalog. */
  p: number;
  /** Article index in the catalog. */
  a: number;
  /** Counted mentions (duplicates excluded). */
  n: number;
  /** 1 when the mentions are in the related-links block. */
  related: 0 | 1;
  name: string;
}

export type MentionPoints = FeatureCollection<Point, PointProperties>;

/** Groups the visible mentions into one point per place, article and section. */
export function aggregatePoints(catalog: Catalog, visible: Uint8Array): MentionPoints {
  const { mentions, mentionPlace, mentionArticle, places } = catalog;
  const byKey = new Map<number, Feature<Point, PointProperties>>();
  const articleCount = catalog.articles.length;
  for (let m = 0; m < mentions.length; m++) {
    if (!visible[m]) continue;
    const props = mentions[m]!.properties;
    const p = mentionPlace[m]!;
    const a = mentionArticle[m]!;
    const related = props.section === 'related' ? 1 : 0;
    const key = (p * articleCount + a) * 2 + related;
    let point = byKey.get(key);
    if (!point) {
      const place = places[p]!;
      point = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: { p, a, n: 0, related, name: place.name },
      };
      byKey.set(key, point);
    }
    if (!props.duplicate) point.properties.n++;
  }
  return { type: 'FeatureCollection', features: [...byKey.values()] };
}
