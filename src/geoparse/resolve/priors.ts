import type { PlaceTable } from '../gazetteer/place-table.ts';
import type { PlaceType } from '../types.ts';

// Without context, a name most likely means the bigger, coarser place: news names countries more
// often than a village that shares their name, and a province as often as a city of its people.
// Districts and sites need context.
// The gazetteer's waters are the great seas and rivers only: they come before a province named
// after one (Sudan's Red Sea state).
const TYPE_PRIOR: Record<PlaceType, number> = { country: 6, admin1: 0, region: 3, water: 5, city: 0, district: -2, site: -1 };

const priors = new WeakMap<PlaceTable, Float64Array>();

/** How likely a place is to be meant by its name, before reading the article. Worked out once per place. */
export function prior(places: PlaceTable, i: number): number {
  let known = priors.get(places);
  if (!known) priors.set(places, (known = new Float64Array(places.length).fill(NaN)));
  const cached = known[i]!;
  if (!Number.isNaN(cached)) return cached;
  const type = places.type(i);
  const population = type === 'admin1' ? divisionPopulation(places, i) : places.population(i);
  return (known[i] = TYPE_PRIOR[type] + 0.6 * Math.log10(population + 1) + (places.capital(i) ? 1 : 0));
}

const divisionShares = new WeakMap<PlaceTable, Map<string, number>>();

/**
 * The gazetteer gives divisions no population: a division counts as its country's people shared
 * among its divisions. A US state is then a city of six million, and a parish of Antigua, named
 * Saint Paul, smaller than the city of Saint Paul.
 */
function divisionPopulation(places: PlaceTable, i: number): number {
  if (places.population(i) > 0) return places.population(i);
  let shares = divisionShares.get(places);
  if (!shares) {
    const people = new Map<string, number>();
    const divisions = new Map<string, number>();
    for (let p = 0; p < places.length; p++) {
      const type = places.type(p);
      if (type === 'country') people.set(places.countryCode(p), places.population(p));
      else if (type === 'admin1') divisions.set(places.countryCode(p), (divisions.get(places.countryCode(p)) ?? 0) + 1);
    }
    shares = new Map([...divisions].map(([cc, n]) => [cc, (people.get(cc) ?? 0) / n]));
    divisionShares.set(places, shares);
  }
  return shares.get(places.countryCode(i)) ?? 0;
}

/** Kinds of place a generic word ("tỉnh", "city of") can announce, and the kinds that fit it. */
export function fitsHint(type: PlaceType, hint: PlaceType): boolean {
  if (hint === 'city') return type === 'city';
  if (hint === 'district') return type === 'district' || type === 'site';
  if (hint === 'admin1' || hint === 'region') return type === 'admin1' || type === 'region';
  return type === hint;
}
