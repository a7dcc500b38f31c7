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
  const { articles, places, mentions, mentionPlace, mentionArticle } = catalog;
  const hiddenArticles = new Set(filters.hiddenArticles);
  const articleShown = articles.map((a) => !hiddenArticles.has(a.id));
  const articleDated = articles.map((a) => articleInDates(a.date, filters.dateFrom, filters.dateTo));
  const query = foldForSearch(filters.text);
  const placeGroup = places.map((p) => LAYER_GROUP_OF[p.type]);
  const groupShown = Object.fromEntries(LAYER_GROUPS.map((g) => [g, !filters.hiddenGroups.includes(g)])) as Record<LayerGroup, boolean>;
  const placeMatches = places.map((p) => (!query || p.searchKey.includes(query)) && placeInArea(p, filters.area, view));
  const sectionShown = { body: !filters.hiddenSections.includes('body'), related: !filters.hiddenSections.includes('related') };

  const visible = new Uint8Array(mentions.length);
  const placeShown = new Uint8Array(places.length);
  const placeCounts = new Int32Array(places.length);
  const articleCounts = new Int32Array(articles.length);
  const groupCounts: Record<LayerGroup, number> = { local: 0, city: 0, region: 0, country: 0 };
  const sectionCounts: Record<Section, number> = { body: 0, related: 0 };

  for (let m = 0; m < mentions.length; m++) {
    const a = mentionArticle[m]!;
    const p = mentionPlace[m]!;
    if (!articleDated[a] || !placeMatches[p]) continue;
    const props = mentions[m]!.properties;
    const group = placeGroup[p]!;
    const section = props.section;
    const byArticle = articleShown[a]!;
    const byGroup = groupShown[group];
    const bySection = sectionShown[section];
    const counted = props.duplicate ? 0 : 1;
    if (byGroup && bySection) articleCounts[a]! += counted;
    if (byArticle && bySection) groupCounts[group] += counted;
    if (byArticle && byGroup) sectionCounts[section] += counted;
    if (byArticle && byGroup && bySection) {
      visible[m] = 1;
      placeShown[p] = 1;
      placeCounts[p]! += counted;
    }
  }
  return { visible, placeShown, placeCounts, articleCounts, groupCounts, sectionCounts };
}
