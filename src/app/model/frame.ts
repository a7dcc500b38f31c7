import type { Catalog } from './catalog.ts';
import type { Bounds } from './filters.ts';

/**
 * What the first view frames: the places the articles are about (body mentions finer than a
 * country), not every country a related link names; all places when there are none such.
 */
export function dataBounds(catalog: Catalog): Bounds | null {
  const focus = new Set<number>();
  catalog.mentions.forEach((m, i) => {
    if (m.properties.section === 'body' && m.properties.type !== 'country') focus.add(catalog.mentionPlace[i]!);
  });
  const places = focus.size ? [...focus].map((i) => catalog.places[i]!) : catalog.places;
  if (!places.length) return null;
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
