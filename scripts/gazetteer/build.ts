/**
 * `npm run gazetteer`: builds data/gazetteer.geojson from open data (see docs/gazetteer.md), and
 * its compact form data/gazetteer.index.bin (write-index.ts).
 * Same inputs, same bytes: every list is sorted or taken in file order, features sorted by id.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceFeature } from '../../src/geoparse/types.ts';
import { admin1Draft, admin1Locator, assignAdmin1Ids, isNamed, namesakeTown, withTownNames, type Admin1Input } from './admin1.ts';
import { countyName, isIndependentCity, isStateFips, townCounty } from './counties.ts';
import { assignDemonyms, chooseCountryPoint, cldrCountryNames, countryPointCandidates, englishCountryForms, type Territories } from './countries.ts';
import { applyAlias, mergeAliases, curatedDraft, curatedFileKind, parseAliases, parseCountryPoints, parseCuratedPlaces, repeatedTopLevelKeys, type Alias } from './curated.ts';
import { readFactbook, type LatLon } from './factbook.ts';
import { regionsOf, withoutRegionNames, type SubdivisionNames } from './regions.ts';
import { placeFeature, serialiseGazetteer, type PlaceDraft } from './feature.ts';
import { isIncluded, isSeat, parseGeoNamesRow, placeType, sortAlternateNames, type GeoNamesRow } from './geonames.ts';
import { largestPolygonArea, representativePoint } from './geometry.ts';
import { bareNameKey, foldName, uniqueNames } from './names.ts';
import { PRUNE_RULES, pruneTownNames, type Dropped, type PruneContext, type PruneRule } from './prune.ts';
import { ensureNaturalEarthAdmin1, paths } from './sources.ts';
import { writeIndex } from './write-index.ts';

type Shape = Polygon | MultiPolygon;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function topoShapes(path: string, object: string): Array<{ id: string; name: string; geometry: Shape }> {
  const topology = readJson<Topology>(path);
  const collection = topoFeature(topology, topology.objects[object] as GeometryCollection<{ name: string }>);
  return collection.features
    .filter(f => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
    .map(f => ({ id: String(f.id ?? ''), name: f.properties.name, geometry: f.geometry as Shape }));
}

function latLon([lon, lat]: Position): LatLon {
  return { lat: lat!, lon: lon! };
}

function readGeoNames(): GeoNamesRow[] {
  return readFileSync(paths.cities500, 'utf8')
    .split('\n')
    .filter(line => line !== '')
    .map(parseGeoNamesRow);
}

type LocateAdmin1 = ReturnType<typeof admin1Locator>;

function admin1Drafts(rows: GeoNamesRow[]): { drafts: PlaceDraft[]; locate: LocateAdmin1 } {
  const inputs = readJson<{ features: Admin1Input[] }>(ensureNaturalEarthAdmin1()).features.filter(f => isNamed(f.properties));
  const ids = assignAdmin1Ids(inputs.map(f => ({ properties: f.properties, area: largestPolygonArea(f.geometry) })));
  const seatNames = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!isSeat(row)) continue;
    const key = `${row.countryCode}.${row.admin1Code}`;
    const names = seatNames.get(key) ?? new Set<string>();
    for (const n of [row.name, ...sortAlternateNames(row).alt]) names.add(foldName(n));
    seatNames.set(key, names);
  }
  const drafts = inputs.map((f, i) => admin1Draft(f.properties, ids[i]!, seatNames.get(f.properties.gn_a1_code) ?? new Set()));
  const subdivisions = (locale: string) =>
    readJson<{ subdivisions: { localeDisplayNames: { subdivisions: SubdivisionNames } } }>(paths.cldrSubdivisions(locale)).subdivisions.localeDisplayNames.subdivisions;
  const regions = regionsOf(inputs, { en: subdivisions('en'), vi: subdivisions('vi'), ar: subdivisions('ar') }, new Set(ids));
  return { drafts: [...drafts.map(d => withoutRegionNames(d, regions)), ...regions], locate: admin1Locator(inputs, ids) };
}

/** A town's county, if the gazetteer has it: the place that holds the town, read by resolution. */
type LocateCounty = (row: GeoNamesRow, admin1: string | undefined) => string | undefined;

function cityDrafts(rows: GeoNamesRow[], locateAdmin1: LocateAdmin1, locateCounty: LocateCounty): PlaceDraft[] {
  return rows.filter(isIncluded).map(row => {
    const names = sortAlternateNames(row);
    const admin1 = locateAdmin1(row.countryCode, row.admin1Code, row.lat, row.lon);
    return {
      id: `gn:${row.id}`,
      name: row.name,
      names: { en: [row.name], vi: names.vi, ar: names.ar },
      alt: names.alt,
      type: placeType(row.featureCode),
      countryCode: row.countryCode,
      admin1,
      parent: locateCounty(row, admin1),
      population: row.population,
      source: `geonames:${row.id}`,
      capital: row.featureCode === 'PPLC',
      lat: row.lat,
      lon: row.lon,
    };
  });
}

function countryDrafts(rows: GeoNamesRow[], countryPoints: ReadonlyMap<string, LatLon>): PlaceDraft[] {
  const territories = (locale: string): Territories =>
    (readJson<{ main: Record<string, { localeDisplayNames: { territories: Territories } }> }>(paths.cldrTerritories(locale)).main[locale]!
      .localeDisplayNames.territories);
  const cldr = { en: territories('en'), vi: territories('vi'), ar: territories('ar') };
  const factbook = readFactbook(paths.factbook);
  const shapes = new Map(topoShapes(paths.worldAtlas, 'countries').map(s => [countries.numericToAlpha2(s.id) ?? '', s.geometry]));
  const biggestTown = new Map<string, GeoNamesRow>();
  for (const row of rows) {
    const prev = biggestTown.get(row.countryCode);
    if (!prev || row.population > prev.population) biggestTown.set(row.countryCode, row);
  }
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  for (const code of countryPoints.keys()) if (!codes.includes(code)) throw new Error(`curated country point for unknown country ${code}`);
  const namesOf = (code: string, locale: 'en' | 'vi' | 'ar'): string[] => {
    const names = [...cldrCountryNames(cldr[locale], code), ...(countries.getName(code, locale, { select: 'all' }) ?? [])];
    return locale === 'en' ? uniqueNames(names.flatMap(englishCountryForms)) : names;
  };
  const demonyms = assignDemonyms(
    codes.map(iso => ({
      iso,
      population: factbook.get(iso)?.population ?? 0,
      demonyms: factbook.get(iso)?.demonyms ?? [],
      names: namesOf(iso, 'en'),
    })),
  );
  return codes.map(iso => {
    const fb = factbook.get(iso);
    const shape = shapes.get(iso);
    const town = biggestTown.get(iso);
    const chosen = chooseCountryPoint(
      countryPointCandidates(iso, {
        geonames: countryPoints.get(iso),
        factbook: fb?.point,
        shape: shape && latLon(representativePoint(shape)),
        town: town && { id: town.id, point: { lat: town.lat, lon: town.lon } },
      }),
    );
    if (!chosen) throw new Error(`no point for country ${iso}`);
    const en = namesOf(iso, 'en');
    return {
      id: `iso:${iso}`,
      name: en[0]!,
      names: { en, vi: namesOf(iso, 'vi'), ar: namesOf(iso, 'ar') },
      alt: [],
      type: 'country',
      countryCode: iso,
      population: fb?.population ?? 0,
      source: chosen.source,
      demonyms: demonyms.get(iso) ?? [],
      lat: chosen.point.lat,
      lon: chosen.point.lon,
    };
  });
}

/** The US states' first-level division ids by their FIPS codes. */
function stateIdsByFips(admin1: PlaceDraft[]): Map<string, string> {
  const byName = new Map(admin1.filter(d => d.countryCode === 'US').map(d => [foldName(d.name), d.id]));
  const out = new Map<string, string>();
  for (const s of topoShapes(paths.usCounties, 'states')) {
    const id = byName.get(foldName(s.name));
    if (id) out.set(s.id, id);
  }
  return out;
}

function countyDrafts(stateIds: ReadonlyMap<string, string>): PlaceDraft[] {
  return topoShapes(paths.usCounties, 'counties')
    .filter(c => isStateFips(c.id.slice(0, 2)) && !isIndependentCity(c.id))
    .map(c => {
      const [lon, lat] = representativePoint(c.geometry) as [number, number];
      return {
        id: `fips:${c.id}`,
        name: countyName(c.id, c.name),
        names: { en: [], vi: [], ar: [] },
        alt: [],
        type: 'region',
        countryCode: 'US',
        admin1: stateIds.get(c.id.slice(0, 2)),
        population: 0,
        source: `uscensus:${c.id}`,
        lat,
        lon,
      };
    });
}

interface Curated {
  places: PlaceDraft[];
  aliases: Map<string, Alias>;
  countryPoints: Map<string, LatLon>;
}

function readCurated(): Curated {
  const files = readdirSync(paths.curated).filter(f => f.endsWith('.json')).sort();
  const out: Curated = { places: [], aliases: new Map(), countryPoints: new Map() };
  for (const file of files) {
    const text = readFileSync(join(paths.curated, file), 'utf8');
    const json: unknown = JSON.parse(text);
    const kind = curatedFileKind(file);
    if (kind === 'places') {
      out.places.push(...parseCuratedPlaces(json, file).map(curatedDraft));
    } else if (kind === 'aliases') {
      const [repeated] = repeatedTopLevelKeys(text);
      if (repeated) throw new Error(`curated ${file}: ${repeated} has two entries; give it one`);
      for (const [id, alias] of parseAliases(json, file)) {
        const earlier = out.aliases.get(id);
        out.aliases.set(id, earlier ? mergeAliases(earlier, alias, `curated ${file}: ${id}`) : alias);
      }
    } else {
      for (const [code, point] of parseCountryPoints(json, file)) {
        if (out.countryPoints.has(code)) throw new Error(`curated ${file}: ${code} has a point in two files`);
        out.countryPoints.set(code, point);
      }
    }
  }
  return out;
}

/** Curated ids and references must point at real places: a typo fails the build, not the matcher. */
function checkReferences(drafts: PlaceDraft[], aliases: Map<string, Alias>): void {
  const ids = new Set(drafts.map(d => d.id));
  for (const id of aliases.keys()) if (!ids.has(id)) throw new Error(`curated alias for unknown place ${id}`);
  for (const d of drafts) {
    for (const ref of [d.admin1, d.parent]) if (ref && !ids.has(ref)) throw new Error(`${d.id} refers to unknown place ${ref}`);
  }
}

function countBy(features: PlaceFeature[], key: (f: PlaceFeature) => string): string {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `  ${k.padEnd(18)} ${n}`).join('\n');
}

const allNames = (d: PlaceDraft): string[] => [d.name, ...d.names.en, ...d.names.vi, ...d.names.ar, ...d.alt];

function pruneContext(countries: PlaceDraft[], admin1: PlaceDraft[], towns: PlaceDraft[]): PruneContext {
  const townKeys = new Map<string, Set<string>>();
  for (const t of towns) {
    const keys = townKeys.get(t.countryCode) ?? new Set<string>();
    keys.add(bareNameKey(t.name));
    townKeys.set(t.countryCode, keys);
  }
  return {
    countryKeys: new Set(countries.flatMap(allNames).map(bareNameKey)),
    admin1Keys: new Map(admin1.map(d => [d.id, new Set(allNames(d).map(bareNameKey))])),
    townKeys,
  };
}

/** GeoNames towns without their implausible alternate names; what each rule dropped, for the build's report. */
function pruneTowns(towns: PlaceDraft[], ctx: PruneContext): { towns: PlaceDraft[]; dropped: Map<PruneRule, Array<Dropped & { id: string }>> } {
  const dropped = new Map(PRUNE_RULES.map(r => [r, [] as Array<Dropped & { id: string }>]));
  const pruned = towns.map(t => {
    const out = pruneTownNames(t, ctx);
    for (const d of out.dropped) dropped.get(d.rule)!.push({ ...d, id: t.id });
    return out.town;
  });
  return { towns: pruned, dropped };
}

/** Each division named after a town in it gets that town's spellings (see `namesakeTown`). */
function divisionsWithTownNames(admin1: PlaceDraft[], towns: PlaceDraft[], seats: ReadonlySet<string>): { admin1: PlaceDraft[]; named: number; names: number } {
  const byDivision = new Map<string, PlaceDraft[]>();
  for (const t of towns) {
    if (!t.admin1 || t.type !== 'city') continue;
    const list = byDivision.get(t.admin1);
    if (list) list.push(t);
    else byDivision.set(t.admin1, [t]);
  }
  let named = 0;
  let names = 0;
  const out = admin1.map(d => {
    const town = namesakeTown(d, byDivision.get(d.id) ?? [], t => seats.has(t.id));
    if (!town) return d;
    const before = new Set(allNames(d).map(foldName));
    const after = withTownNames(d, town);
    named++;
    names += new Set(allNames(after).map(foldName).filter(n => !before.has(n))).size;
    return after;
  });
  return { admin1: out, named, names };
}

function main(): void {
  const started = Date.now();
  const rows = readGeoNames();
  const seats = new Set(rows.filter(isSeat).map(r => `gn:${r.id}`));
  const admin1 = admin1Drafts(rows);
  const { places, aliases, countryPoints } = readCurated();
  const withAlias = (d: PlaceDraft): PlaceDraft => {
    const alias = aliases.get(d.id);
    return alias ? applyAlias(d, alias) : d;
  };
  const countries = countryDrafts(rows, countryPoints).map(withAlias);
  const divisions = admin1.drafts.map(withAlias);
  const stateIds = stateIdsByFips(admin1.drafts);
  const counties = countyDrafts(stateIds);
  const countyIds = new Set(counties.map(c => c.id));
  const stateFips = new Map([...stateIds].map(([fips, id]) => [id, fips]));
  const locateCounty: LocateCounty = (row, state) => (row.countryCode === 'US' && state ? townCounty(stateFips.get(state), row.admin2Code, countyIds) : undefined);
  // Pruning reads GeoNames' own names only: curated aliases are added after it.
  const drafted = cityDrafts(rows, admin1.locate, locateCounty);
  const pruned = pruneTowns(drafted, pruneContext(countries, divisions, drafted));
  const towns = pruned.towns.map(withAlias);
  const named = divisionsWithTownNames(divisions, towns, seats);
  const drafts = [...countries, ...named.admin1, ...counties.map(withAlias), ...towns, ...places.map(withAlias)];
  checkReferences(drafts, aliases);
  const features = drafts.map(placeFeature);
  const text = serialiseGazetteer(features);
  writeFileSync(paths.output, text);
  const bytes = statSync(paths.output).size;
  console.log(`wrote ${paths.output}: ${features.length} features, ${(bytes / 1e6).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`wrote ${paths.index}: ${(writeIndex() / 1e6).toFixed(1)} MB, the compact form the CLI and the app load`);
  console.log(`by type:\n${countBy(features, f => f.properties.type)}`);
  console.log(`by source:\n${countBy(features, f => (f.properties.id.startsWith('cur:') ? 'curated' : f.properties.source.replace(/:.*/, '')))}`);
  console.log(`GeoNames alternate names dropped:`);
  for (const [rule, list] of pruned.dropped) {
    const sample = list.filter((_, i) => i % Math.max(1, Math.floor(list.length / 3)) === 0).slice(0, 3).map(d => `${d.name} (${d.id})`);
    console.log(`  ${rule.padEnd(20)} ${String(list.length).padStart(6)}  e.g. ${sample.join(', ')}`);
  }
  console.log(`divisions named after a town, with its spellings: ${named.named} (${named.names} names added)`);
  if (process.env['GAZETTEER_DROPPED']) {
    const lines = [...pruned.dropped.values()].flat().map(d => `${d.rule}\t${d.id}\t${d.name}`);
    writeFileSync(process.env['GAZETTEER_DROPPED'], `${lines.join('\n')}\n`);
  }
}

main();
