import type { NameHit } from '../gazetteer/name-index.ts';
import type { PlaceTable } from '../gazetteer/place-table.ts';
import { fold } from '../text/fold.ts';

/** A name's reading: the place, and whether the name is its people's ("Iraqi", "Quebecers"). */
export type Reading = Pick<NameHit, 'place' | 'demonym'> & {
  /** How many times the article writes the name: a state named in every paragraph is where the story is. */
  times: number;
};

// Enough nearby places to place a name; more only costs time on long articles.
const MAX_POINTS = 20;
const NEAR_KM = 250;
const SAME_PROVINCE = 0.5;

/**
 * The places an article is about in one round of resolution, counted so that a name's own current
 * reading can be left out when it is scored ("the other names").
 */
export class ArticleContext {
  /** Places named as places: "Quebecers" speaks of the province's people, and places no town in it. */
  private readonly places = new Map<number, number>();
  /** Per place, how many times the names read as it are written. */
  private readonly written = new Map<number, number>();
  private readonly countries = new Map<string, number>();
  /** Per province or county (a place's admin1 or parent), how many names were read as places in it. */
  private readonly held = new Map<number, number>();
  private readonly points: Array<{ place: number; lon: number; lat: number }> = [];

  constructor(chosen: readonly Reading[], private readonly table: PlaceTable) {
    for (const { place, demonym, times } of chosen) {
      if (!demonym) {
        this.places.set(place, (this.places.get(place) ?? 0) + 1);
        this.written.set(place, (this.written.get(place) ?? 0) + times);
      }
      const cc = table.countryCode(place);
      if (cc) this.countries.set(cc, (this.countries.get(cc) ?? 0) + 1);
      const province = table.admin1(place);
      const parent = table.parent(place);
      if (province >= 0) this.held.set(province, (this.held.get(province) ?? 0) + 1);
      if (parent >= 0) this.held.set(parent, (this.held.get(parent) ?? 0) + 1);
      const type = table.type(place);
      // A country's point counts for nearness too: "Gaza" beside Israel and Egypt is the Gaza Strip's.
      if (type !== 'region' && this.points.length < MAX_POINTS) {
        this.points.push({ place, lon: table.lon(place), lat: table.lat(place) });
      }
    }
  }

  /** Whether another name than the one reading `own` was read as `place` (a place, not its people). */
  mentions(place: number, own: Reading | null): boolean {
    return (this.places.get(place) ?? 0) - (own && !own.demonym && own.place === place ? 1 : 0) > 0;
  }

  /** Up to 2 for a place the other names write again and again. */
  private repetition(place: number, own: Reading | null): number {
    const ownTimes = own && !own.demonym && own.place === place ? own.times : 0;
    return Math.min(2, Math.max(0, (this.written.get(place) ?? 0) - ownTimes - 1));
  }

  /** Whether another name was read as country `cc` or as a place in it. */
  namesCountry(cc: string, own: Reading | null): boolean {
    return this.inCountry(cc, own) > 0;
  }

  /** How many other names were read as places in country `cc`. */
  private inCountry(cc: string, own: Reading | null): number {
    const ownCc = own ? this.table.countryCode(own.place) : '';
    return (this.countries.get(cc) ?? 0) - (cc === ownCc ? 1 : 0);
  }

  /** How many other names were read as places in `holder`. */
  private inside(holder: number, own: Reading | null): number {
    const ownHeld = !!own && (this.table.admin1(own.place) === holder || this.table.parent(own.place) === holder);
    return (this.held.get(holder) ?? 0) - (ownHeld ? 1 : 0);
  }

  /** Evidence for reading a name as `place`, from the other names of the article. */
  affinity(place: number, own: Reading | null): number {
    const { table } = this;
    const type = table.type(place);
    const countryCode = table.countryCode(place);
    let score = 0;
    const sameCountry = type !== 'country' && countryCode ? this.inCountry(countryCode, own) : 0;
    // More names in the same country are more evidence, up to a point.
    if (sameCountry > 0) score += 2 + Math.min(3, sameCountry);
    // A country, province or county is more likely meant when the article names places inside it:
    // "Hall County" and "Gainesville" make "Georgia" the state, "Tbilisi" makes it the country.
    const inside = type === 'country' ? this.inCountry(countryCode, own) : this.inside(place, own);
    if (inside > 0) score += 2 + Math.min(3, inside);
    const province = table.admin1(place);
    if (this.mentions(province, own)) score += 3 + this.repetition(province, own);
    if (this.mentions(table.parent(place), own)) score += 5;
    // Another name in the same province or state: local news names its state's towns. Not for a
    // town named like its province (Québec in Quebec): the names in the province are already the
    // province's evidence, and would count twice against it.
    if (type !== 'country' && province >= 0 && this.inside(province, own) > 0 && !namedLikeProvince(table, place)) score += SAME_PROVINCE;
    if (type !== 'country' && type !== 'region') {
      const lon = table.lon(place);
      const lat = table.lat(place);
      let nearest = Infinity;
      for (const q of this.points) {
        // The north-south leg alone is a lower bound: a point too far by it needs no cosine.
        if (q.place === place || q.place === own?.place || KM_PER_RADIAN * Math.abs((q.lat - lat) * RADIAN) >= nearest) continue;
        nearest = Math.min(nearest, approxKm(lon, lat, q.lon, q.lat));
      }
      if (nearest < Infinity) score += 2 * Math.exp(-nearest / NEAR_KM);
    }
    return score;
  }
}

const namesakes = new WeakMap<PlaceTable, Int8Array>();

/** Whether a place has its province's name (Québec in Quebec, Raqqa in Raqqa). Worked out once per place. */
function namedLikeProvince(table: PlaceTable, place: number): boolean {
  let known = namesakes.get(table);
  if (!known) namesakes.set(table, (known = new Int8Array(table.length)));
  if (known[place] === 0) known[place] = fold(table.name(table.admin1(place))) === fold(table.name(place)) ? 1 : -1;
  return known[place] === 1;
}

/** Equirectangular distance: within a few percent of the great circle at the distances that matter here. */
function approxKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const x = (lon2 - lon1) * RADIAN * Math.cos(((lat1 + lat2) / 2) * RADIAN);
  const y = (lat2 - lat1) * RADIAN;
  return KM_PER_RADIAN * Math.sqrt(x * x + y * y);
}

const RADIAN = Math.PI / 180;
const KM_PER_RADIAN = 6371;
