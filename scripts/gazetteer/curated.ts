/**
 * The hand-curated layer (data/curated/): places no dataset has, and extra names for places that
 * the datasets do have. Every entry names its source; the build fails on a malformed one rather
 * than writing a half-right gazetteer.
 */
import type { PlaceType } from '../../src/geoparse/types.ts';
import type { LatLon } from './factbook.ts';
import type { PlaceDraft } from './feature.ts';

export interface CuratedPlace {
  id: string;
  name: string;
  names?: { en?: string[]; vi?: string[]; ar?: string[] };
  alt?: string[];
  type: PlaceType;
  countryCode: string;
  admin1?: string;
  parent?: string;
  lat: number;
  lon: number;
  population?: number;
  source: string;
  approx?: boolean;
}

/** Extra names for a place built from a dataset, keyed by its id. */
export interface Alias {
  /** Replaces the English label (CLDR's "Congo - Kinshasa" reads badly on a map). */
  name?: string;
  en?: string[];
  vi?: string[];
  ar?: string[];
  alt?: string[];
  demonyms?: string[];
  /**
   * The dataset's names are wrong, not only incomplete: Natural Earth names three provinces of
   * Vietnam after the regions they lie in ("Đông Nam Bộ" for Đồng Nai). Only the alias's names stay.
   */
  replaceNames?: boolean;
  source: string;
}

const PLACE_TYPES = new Set<string>(['country', 'admin1', 'region', 'city', 'district', 'site', 'water']);

function fail(where: string, problem: string): never {
  throw new Error(`curated ${where}: ${problem}`);
}

function checkStrings(where: string, field: string, value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some(v => typeof v !== 'string' || v.trim() === '')) fail(where, `${field} must be a list of names`);
}

export function parseCuratedPlaces(json: unknown, file: string): CuratedPlace[] {
  if (!Array.isArray(json)) fail(file, 'expected a list of places');
  return json.map((raw: Record<string, unknown>, i) => {
    const where = `${file}[${i}] ${String(raw['id'])}`;
    if (typeof raw['id'] !== 'string' || !/^cur:[a-z0-9-]+$/.test(raw['id'])) fail(where, 'id must look like "cur:old-city-mosul"');
    if (typeof raw['name'] !== 'string' || raw['name'] === '') fail(where, 'name missing');
    if (typeof raw['type'] !== 'string' || !PLACE_TYPES.has(raw['type'])) fail(where, `type ${String(raw['type'])} is not a place type`);
    if (typeof raw['countryCode'] !== 'string' || !/^([A-Z]{2})?$/.test(raw['countryCode'])) fail(where, 'countryCode must be ISO alpha-2 or ""');
    const lat = raw['lat'];
    const lon = raw['lon'];
    if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180) fail(where, 'lat/lon out of range');
    if (typeof raw['source'] !== 'string' || raw['source'] === '') fail(where, 'every curated place needs a source');
    const names = (raw['names'] ?? {}) as Record<string, unknown>;
    for (const lang of ['en', 'vi', 'ar']) checkStrings(where, `names.${lang}`, names[lang]);
    checkStrings(where, 'alt', raw['alt']);
    return raw as unknown as CuratedPlace;
  });
}

/**
 * The keys a JSON object's text gives twice at its top level. JSON.parse keeps the last silently,
 * so a second entry for an id would drop the first's names without a word.
 */
export function repeatedTopLevelKeys(text: string): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const key = JSON.parse(text.slice(i, end + 1)) as string;
      if (depth === 1 && /^\s*:/.test(text.slice(end + 1, end + 20))) {
        if (seen.has(key)) repeated.push(key);
        seen.add(key);
      }
      i = end;
    }
  }
  return repeated;
}

export function parseAliases(json: unknown, file: string): Map<string, Alias> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail(file, 'expected an object keyed by place id');
  const out = new Map<string, Alias>();
  for (const [id, raw] of Object.entries(json as Record<string, Record<string, unknown>>)) {
    const where = `${file} ${id}`;
    if (id.startsWith('_')) continue;
    if (typeof raw['source'] !== 'string' || raw['source'] === '') fail(where, 'every alias entry needs a source');
    for (const field of ['en', 'vi', 'ar', 'alt', 'demonyms']) checkStrings(where, field, raw[field]);
    if (raw['replaceNames'] !== undefined && typeof raw['replaceNames'] !== 'boolean') fail(where, 'replaceNames must be true or false');
    out.set(id, raw as unknown as Alias);
  }
  return out;
}

/**
 * What a file of data/curated/ holds, by its name: "aliases…" extra names keyed by place id,
 * "country-points…" one conventional point per country, anything else new places.
 */
export type CuratedFileKind = 'aliases' | 'country-points' | 'places';

export function curatedFileKind(file: string): CuratedFileKind {
  if (file.startsWith('aliases')) return 'aliases';
  if (file.startsWith('country-points')) return 'country-points';
  return 'places';
}

/**
 * A country-points file: `{ "source": …, "licence": …, "points": [{ countryCode, name, lat, lon }] }`.
 * The file as a whole names its source and licence; a code twice or a point off the globe fails.
 */
export function parseCountryPoints(json: unknown, file: string): Map<string, LatLon> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail(file, 'expected an object with source, licence and points');
  const raw = json as Record<string, unknown>;
  for (const field of ['source', 'licence']) {
    if (typeof raw[field] !== 'string' || raw[field] === '') fail(file, `${field} missing`);
  }
  if (!Array.isArray(raw['points'])) fail(file, 'points must be a list');
  const out = new Map<string, LatLon>();
  (raw['points'] as Array<Record<string, unknown>>).forEach((p, i) => {
    const where = `${file} points[${i}] ${String(p['countryCode'])}`;
    const code = p['countryCode'];
    if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) fail(where, 'countryCode must be ISO alpha-2');
    if (out.has(code)) fail(where, 'country listed twice');
    const { lat, lon } = p;
    if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180) fail(where, 'lat/lon out of range');
    out.set(code, { lat, lon });
  });
  return out;
}

export function curatedDraft(place: CuratedPlace): PlaceDraft {
  return {
    id: place.id,
    name: place.name,
    names: { en: place.names?.en ?? [], vi: place.names?.vi ?? [], ar: place.names?.ar ?? [] },
    alt: place.alt ?? [],
    type: place.type,
    countryCode: place.countryCode,
    admin1: place.admin1,
    parent: place.parent,
    population: place.population ?? 0,
    source: place.source,
    approx: place.approx,
    lat: place.lat,
    lon: place.lon,
  };
}

/**
 * One place's aliases from two files (abbreviations in one, demonyms in another): their lists
 * joined. Only one may rename the place or replace its names.
 */
export function mergeAliases(a: Alias, b: Alias, where: string): Alias {
  if ((a.name !== undefined && b.name !== undefined) || (a.replaceNames && b.replaceNames)) fail(where, 'renamed in two files');
  const join = (x?: string[], y?: string[]) => (x || y ? [...(x ?? []), ...(y ?? [])] : undefined);
  return {
    ...a,
    ...b,
    name: a.name ?? b.name,
    replaceNames: a.replaceNames || b.replaceNames,
    en: join(a.en, b.en),
    vi: join(a.vi, b.vi),
    ar: join(a.ar, b.ar),
    alt: join(a.alt, b.alt),
    demonyms: join(a.demonyms, b.demonyms),
    source: `${a.source} ${b.source}`,
  };
}

/**
 * Curated names go first in their language: "Anh" is how Vietnamese news names the UK, ahead of
 * CLDR's "Vương quốc Anh". The English label stays unless the alias replaces it.
 */
export function applyAlias(draft: PlaceDraft, alias: Alias): PlaceDraft {
  const name = alias.name ?? draft.name;
  const kept = alias.replaceNames ? { names: { en: [], vi: [], ar: [] }, alt: [] } : draft;
  return {
    ...draft,
    name,
    names: {
      en: [name, ...(alias.en ?? []), ...kept.names.en],
      vi: [...(alias.vi ?? []), ...kept.names.vi],
      ar: [...(alias.ar ?? []), ...kept.names.ar],
    },
    alt: [...kept.alt, ...(alias.alt ?? [])],
    demonyms: [...(draft.demonyms ?? []), ...(alias.demonyms ?? [])],
  };
}
