import { distance } from '@turf/turf';
import type { PlaceType, Section } from '../../geoparse/types.ts';
import type { Catalog, Place } from './catalog.ts';
import { foldForSearch } from './fold.ts';

/** The map's place layers: the grains a user switches on and off together. */
export type LayerGroup = 'local' | 'city' | 'region' | 'country';
export const LAYER_GROUPS: readonly LayerGroup[] = ['local', 'city', 'region', 'country'];
export const SECTIONS: readonly Section[] = ['body', 'related'];

export const LAYER_GROUP_OF: Record<PlaceType, LayerGroup> = {
  site: 'local',
  district: 'local',
  city: 'city',
  admin1: 'region',
  region: 'region',
  water: 'region',
  country: 'country',
};

/** Where the points must lie: within km of a point, or inside the map's current view. */
export type Area = { kind: 'near'; lon: number; lat: number; km: number } | { kind: 'view' };

/** [west, south, east, north] in degrees; west > east when the view crosses the antimeridian. */
export type Bounds = [number, number, number, number];

export interface Filters {
  /** Articles switched off in the legend. Stored as the hidden ones so new articles show up. */
  hiddenArticles: string[];
  hiddenGroups: LayerGroup[];
  hiddenSections: Section[];
  text: string;
  /** Inclusive, "YYYY-MM-DD". */
  dateFrom: string | null;
  dateTo: string | null;
  area: Area | null;
}

export const NO_FILTERS: Filters = {
  hiddenArticles: [],
  hiddenGroups: [],
  hiddenSections: [],
  text: '',
  dateFrom: null,
  dateTo: null,
  area: null,
};

export interface FilterResult {
  /** 1 where the mention passes every filter. */
  visible: Uint8Array;
  /** 1 where the place has a mention that passes, counted or not. */
  placeShown: Uint8Array;
  /** Counted mentions (duplicates are shown, not counted) per place under every filter. */
  placeCounts: Int32Array;
  /**
   * Counts for the legend and layer switches: under every filter except the switch itself, so a
   * switched-off entry still tells what switching it on would bring.
   */
  articleCounts: Int32Array;
  groupCounts: Record<LayerGroup, number>;
  sectionCounts: Record<Section, number>;
}

/**
 * The span of days a partial date covers: "2017-11" is 2017-11-01..2017-11-31 (a bound for string
 * comparison, not a calendar day). Null for missing or unreadable dates.
 */
export function dateSpan(date: string | null): [string, string] | null {
  const m = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

function articleInDates(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  const span = dateSpan(date);
  if (!span) return false;
  return (!from || span[1] >= from) && (!to || span[0] <= to);
}

function inBounds(place: Place, [w, s, e, n]: Bounds): boolean {
  if (place.lat < s || place.lat > n) return false;
  return w <= e ? place.lon >= w && place.lon <= e : place.lon >= w || place.lon <= e;
}

function placeInArea(place: Place, area: Area | null, view: Bounds | null): boolean {
  if (!area) return true;
  if (area.kind === 'view') return !view || inBounds(place, view);
  return distance([area.lon, area.lat], [place.lon, place.lat], { units: 'kilometers' }) <= area.km;
}

/** Runs every filter over the catalog in one pass over the mentions. */
export function applyFilters(catalog: Catalog, filters: Filters, view: Bounds | null): FilterResult {
  const { articles, places, mentionPlace, mentionArticle, mentionRelated, mentionCounted } = catalog;
  const hiddenArticles = new Set(filters.hiddenArticles);
  const query = foldForSearch(filters.text);
  // per article and per place: 1 bit for its own switch, 2 for every other filter on it
  const articlePass = Uint8Array.from(articles, (a) => (hiddenArticles.has(a.id) ? 0 : 1) | (articleInDates(a.date, filters.dateFrom, filters.dateTo) ? 2 : 0));
  const groupIndex = places.map((p) => LAYER_GROUPS.indexOf(LAYER_GROUP_OF[p.type]));
  const groupShown = LAYER_GROUPS.map((g) => !filters.hiddenGroups.includes(g));
  const placePass = Uint8Array.from(places, (p, i) => (groupShown[groupIndex[i]!] ? 1 : 0) | ((!query || p.searchKey.includes(query)) && placeInArea(p, filters.area, view) ? 2 : 0));
  // indexed by the catalog's mentionRelated: 0 body, 1 related
  const sectionShown = [!filters.hiddenSections.includes('body'), !filters.hiddenSections.includes('related')];

  const n = mentionPlace.length;
  const visible = new Uint8Array(n);
  const placeShown = new Uint8Array(places.length);
  const placeCounts = new Int32Array(places.length);
  const articleCounts = new Int32Array(articles.length);
  const groupTotals = new Int32Array(LAYER_GROUPS.length);
  const sectionTotals = new Int32Array(2);

  for (let m = 0; m < n; m++) {
    const a = mentionArticle[m]!;
    const p = mentionPlace[m]!;
    const ap = articlePass[a]!;
    const pp = placePass[p]!;
    if (!(ap & pp & 2)) continue;
    const s = mentionRelated[m]!;
    const byArticle = ap & 1;
    const byGroup = pp & 1;
    const bySection = sectionShown[s];
    const counted = mentionCounted[m]!;
    if (byGroup && bySection) articleCounts[a]! += counted;
    if (byArticle && bySection) groupTotals[groupIndex[p]!]! += counted;
    if (byArticle && byGroup) sectionTotals[s]! += counted;
    if (byArticle && byGroup && bySection) {
      visible[m] = 1;
      placeShown[p] = 1;
      placeCounts[p]! += counted;
    }
  }
  const groupCounts = Object.fromEntries(LAYER_GROUPS.map((g, i) => [g, groupTotals[i]!])) as Record<LayerGroup, number>;
  const sectionCounts: Record<Section, number> = { body: sectionTotals[0]!, related: sectionTotals[1]! };
  return { visible, placeShown, placeCounts, articleCounts, groupCounts, sectionCounts };
}
