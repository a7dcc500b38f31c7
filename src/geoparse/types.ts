import type { Feature, FeatureCollection, Point } from 'geojson';

/** The grain of a gazetteer place, coarsest to finest. */
export type PlaceType = 'country' | 'admin1' | 'region' | 'city' | 'district' | 'site' | 'water';

export type Lang = 'vi' | 'en';

/** Properties of one feature of data/gazetteer.geojson. */
export interface PlaceProperties {
  /** Stable id: "gn:99072" (GeoNames), "ne:IQ.15" (Natural Earth admin-1), "iso:IQ" (country), "cur:old-city-mosul" (curated). */
  id: string;
  /** English name, as a map label and in output. */
  name: string;
  /** Names per language; the first of each list is the preferred one. */
  names: { en: string[]; vi: string[]; ar: string[] };
  /** Other spellings, any language or transliteration. */
  alt: string[];
  type: PlaceType;
  /** ISO 3166-1 alpha-2; "" for places in no country (seas, continents). */
  countryCode: string;
  /** Id of the first-level division the place lies in ("ne:IQ.15"), when known. */
  admin1?: string;
  /** Id of the containing place (a district's city), when known. */
  parent?: string;
  population: number;
  /** Where the point comes from: "geonames:99072", "naturalearth:IQ.15", "wikidata:Q1234", a URL. */
  source: string;
  /** True where the point is an estimate rather than a surveyed location. */
  approx?: boolean;
  /** Capital of its country. */
  capital?: boolean;
  /** Adjectival forms that refer to the place ("Iraqi", "Turkish"); countries mostly. */
  demonyms?: string[];
}

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type Gazetteer = FeatureCollection<Point, PlaceProperties>;

export type Section = 'body' | 'related';

/** Properties of one output feature: a single mention of a place in an article. */
export interface MentionProperties {
  article: string;
  title: string;
  date: string | null;
  source: string | null;
  lang: Lang;
  /** The exact text of the mention as written. */
  surface: string;
  /** UTF-16 offsets into the article's text. */
  start: number;
  end: number;
  placeId: string;
  name: string;
  type: PlaceType;
  countryCode: string;
  section: Section;
  /** A repeat of an earlier paragraph, or an image-slug line: shown, not counted. */
  duplicate: boolean;
  /** "Iraqi", "Turkish": a mention of the country through its adjective. */
  demonym: boolean;
  /** 0..1: how sure the resolver is of this reading. */
  confidence: number;
  /** The sentence the mention sits in. */
  context: string;
}

export type MentionFeature = Feature<Point, MentionProperties>;
export type MentionCollection = FeatureCollection<Point, MentionProperties>;
