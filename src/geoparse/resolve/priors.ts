import type { PlaceTable } from '../gazetteer/place-table.ts';
import type { PlaceType } from '../types.ts';

// Without context, a name most likely means the bigger, coarser place: news names countries and
// provinces more often than a village that shares their name. Districts and sites need context.
// The gazetteer's waters are the great seas and rivers only: they come before a province named
// after one (Sudan's Red Sea state).
const TYPE_PRIOR: Record<PlaceType, number> = { country: 6, admin1: 4, region: 3, water: 5, city: 0, district: -2, site: -1 };

/** How likely a place is to be meant by its name, before reading the article. */
export function prior(places: PlaceTable, i: number): number {
  return TYPE_PRIOR[places.type(i)] + 0.6 * Math.log10(places.population(i) + 1) + (places.capital(i) ? 1 : 0);
}

/** Kinds of place a generic word ("tỉnh", "city of") can announce, and the kinds that fit it. */
export function fitsHint(type: PlaceType, hint: PlaceType): boolean {
  if (hint === 'city') return type === 'city';
  if (hint === 'district') return type === 'district' || type === 'site';
  if (hint === 'admin1' || hint === 'region') return type === 'admin1' || type === 'region';
  return type === hint;
}
