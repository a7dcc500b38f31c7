/** Countries: CLDR and i18n-iso-countries names, GeoNames and Factbook points, nationality words. */
import type { LatLon } from './factbook.ts';
import { foldName, uniqueNames } from './names.ts';

/** CLDR `territories` of one locale: "IQ", "US-alt-short", "CD-alt-variant"… */
export type Territories = Readonly<Record<string, string>>;

/**
 * A display name as news would write it: "Bosnia & Herzegovina" also as "Bosnia and Herzegovina",
 * "Myanmar (Burma)" as "Myanmar" and "Burma", "Congo (DRC)" as "Congo" and "DRC".
 */
export function expandCountryName(name: string): string[] {
  const out: string[] = [];
  const paren = name.match(/^(.+) \(([^)]+)\)$/);
  const parts = paren ? [paren[1]!, paren[2]!].filter(p => p !== 'Republic') : [name];
  for (const part of parts) {
    if (part.includes(' & ')) out.push(part.replace(/ & /g, ' and '));
    out.push(part);
  }
  return out;
}

/**
 * English names as news also writes them: without the article inside ("Democratic Republic of
 * Congo", "Republic of Gambia"), and an initialism with stops ("UAE" as "U.A.E.").
 */
export function englishCountryForms(name: string): string[] {
  const out = [name];
  if (/ of the /i.test(name)) out.push(name.replace(/ of the /i, ' of '));
  if (/^[A-Z]{2,4}$/.test(name)) out.push(`${name.split('').join('.')}.`);
  return out;
}

/** The locale's name for a country, then its short and variant forms. */
export function cldrCountryNames(territories: Territories, code: string): string[] {
  const keys = Object.keys(territories)
    .filter(k => k === code || k.startsWith(`${code}-alt-`))
    .sort((a, b) => (a === code ? -1 : b === code ? 1 : a < b ? -1 : 1));
  return uniqueNames(keys.flatMap(k => expandCountryName(territories[k]!)));
}

export interface DemonymCandidate {
  iso: string;
  population: number;
  demonyms: string[];
  names: string[];
}

/**
 * "Korean" is the Factbook's word for both Koreas, "Congolese" for both Congos, "Chinese" for
 * China, Hong Kong and Macau: a shared word goes to the most populous of them only, so a
 * mention of it has one reading. A word that is one of the country's own names ("Singapore",
 * "New Zealand") is a name, not a demonym.
 */
export function assignDemonyms(candidates: DemonymCandidate[]): Map<string, string[]> {
  const owner = new Map<string, DemonymCandidate>();
  for (const c of candidates) {
    for (const d of c.demonyms) {
      const key = foldName(d);
      const prev = owner.get(key);
      if (!prev || c.population > prev.population || (c.population === prev.population && c.iso < prev.iso)) owner.set(key, c);
    }
  }
  const out = new Map<string, string[]>();
  for (const c of candidates) {
    const own = c.demonyms.filter(d => owner.get(foldName(d)) === c);
    out.set(c.iso, uniqueNames(own, c.names));
  }
  return out;
}

export type PointSource = { point: LatLon; source: string };

/** Where a country's point can come from, each optional. */
export interface CountryPointInputs {
  /** GeoNames' own point for the country (data/curated/country-points.json). */
  geonames?: LatLon | null;
  factbook?: LatLon | null;
  /** A point inside the country's largest Natural Earth polygon. */
  shape?: LatLon | null;
  /** The country's most populous GeoNames town. */
  town?: { id: number; point: LatLon } | null;
}

/**
 * The candidates in order of preference, each with its source. GeoNames' point comes first: it is
 * the gazetteer the news-geoparsing literature and most tools use, and for a large country the
 * conventional point differs by up to 1,000 km between sources (Canada: GeoNames 60.1 N 113.6 W,
 * Factbook 60 N 95 W). The Factbook point is the fallback for countries GeoNames' list lacks.
 */
export function countryPointCandidates(iso: string, inputs: CountryPointInputs): PointSource[] {
  const out: PointSource[] = [];
  if (inputs.geonames) out.push({ point: inputs.geonames, source: `geonames-country:${iso}` });
  if (inputs.factbook) out.push({ point: inputs.factbook, source: `factbook:${iso}` });
  if (inputs.shape) out.push({ point: inputs.shape, source: `naturalearth:${iso}` });
  if (inputs.town) out.push({ point: inputs.town.point, source: `geonames:${inputs.town.id}` });
  return out;
}

/**
 * The first usable candidate. Points beyond ±85° are dropped: web maps cannot show them (the
 * Factbook puts Antarctica at the pole).
 */
export function chooseCountryPoint(candidates: Array<PointSource | null | undefined>): PointSource | null {
  return candidates.find((c): c is PointSource => !!c && Math.abs(c.point.lat) <= 85) ?? null;
}
