/**
 * First-level regions that Natural Earth's admin-1 has only as a field of their provinces: Italy's
 * regions (Lombardy over Bergamo, Brescia, …), Spain's autonomous communities (Catalonia), France's
 * regions (Brittany), the Philippines' regions (Western Visayas), Sri Lanka's provinces. News names
 * the region far more often than its provinces, and without it "Lombardy" read as one of twelve
 * provinces that list it among their alternate names.
 */
import type { Position } from 'geojson';
import { DIRECTIONS } from '../../src/geoparse/lang/en.ts';
import type { Admin1Input } from './admin1.ts';
import type { PlaceDraft } from './feature.ts';
import { containsPoint, largestPolygonArea } from './geometry.ts';
import { foldName, isUsableName, normaliseName, uniqueNames } from './names.ts';

/** CLDR subdivision names of one locale, keyed as CLDR keys them: "it25", "esct", "frbre". */
export type SubdivisionNames = Readonly<Record<string, string>>;

/** The ISO 3166-2 code of a province's region ("IT-25"; Natural Earth writes Spain's "ES.CT"), or null. */
export function regionCode(countryCode: string, regionCod: string | null | undefined): string | null {
  const code = (regionCod ?? '').trim().replace('.', '-');
  return new RegExp(`^${countryCode}-[A-Z0-9]{1,3}$`).test(code) ? code : null;
}

const cldrKey = (code: string) => code.toLowerCase().replace('-', '');

const KIND = / (province|region)$/;

/** "Central Visayas (Region VII)" is written "Central Visayas". */
const withoutNote = (name: string) => normaliseName(name.replace(/\s*\([^)]*\)\s*$/, ''));

/**
 * A point for a region made of provinces: the mean of their label points weighted by their areas,
 * when it falls inside one of them; else the label point nearest to it (the mean of a
 * crescent-shaped region such as Liguria lies at sea).
 */
export function regionPoint(members: ReadonlyArray<Pick<Admin1Input, 'geometry'> & { properties: { latitude: number; longitude: number } }>): Position {
  const weights = members.map(m => largestPolygonArea(m.geometry));
  const total = weights.reduce((a, b) => a + b, 0);
  const mean: Position = [0, 1].map(axis => members.reduce((sum, m, i) => sum + (axis === 0 ? m.properties.longitude : m.properties.latitude) * weights[i]!, 0) / total);
  if (members.some(m => containsPoint(m.geometry, mean))) return mean;
  const distance = (m: (typeof members)[number]) => Math.hypot(m.properties.longitude - mean[0]!, m.properties.latitude - mean[1]!);
  const nearest = [...members].sort((a, b) => distance(a) - distance(b))[0]!;
  return [nearest.properties.longitude, nearest.properties.latitude];
}

/** "Western", "North Central": a region named by its place in the country, written with its kind ("Western Province"). */
const COMPASS_PARTS = new Set([...DIRECTIONS.keys(), 'upper', 'lower', 'province', 'region']);
const withKindIfCompass = (name: string) =>
  name.toLowerCase().split(/[ -]/).every(w => COMPASS_PARTS.has(w)) && !KIND.test(name.toLowerCase()) ? `${name} Province` : name;

/**
 * The regions of two or more provinces that CLDR names in English, except those whose name is
 * already another division's of that country. A region of one province is that province. Natural
 * Earth gives a few provinces their region's English name (Genoa's is "Liguria"): those do not
 * count, and lose it (`withoutRegionNames`).
 */
export function regionsOf(inputs: readonly Admin1Input[], names: { en: SubdivisionNames; vi: SubdivisionNames; ar: SubdivisionNames }, usedIds: ReadonlySet<string>): PlaceDraft[] {
  const groups = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    const { iso_a2: country, region_cod: cod, region } = input.properties;
    const code = regionCode(country, cod);
    if (!code || !names.en[cldrKey(code)]) return;
    // Natural Earth gives Ceuta and Melilla one code: a region is one code under one name
    const key = `${code}|${region ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const namedBy = new Map<string, number[]>();
  inputs.forEach(({ properties: p }, i) => {
    for (const name of new Set([p.name, p.name_en ?? ''].map(n => `${p.iso_a2}|${foldName(n)}`))) namedBy.set(name, [...(namedBy.get(name) ?? []), i]);
  });
  const regions: PlaceDraft[] = [];
  for (const [key, members] of groups) {
    const code = key.slice(0, key.indexOf('|'));
    const country = code.slice(0, 2);
    // CLDR marks a few names with a superscript ("Île-de-France²")
    const en = withKindIfCompass(normaliseName(names.en[cldrKey(code)]!.replace(/[¹²³⁰-⁹]+$/u, '')));
    const clash = (namedBy.get(`${country}|${foldName(en)}`) ?? []).some(i => !members.includes(i));
    if (members.length < 2 || usedIds.has(`ne:${code}`) || clash) continue;
    const local = withoutNote(inputs[members[0]!]!.properties.region ?? '');
    const [lon, lat] = regionPoint(members.map(i => inputs[i]!));
    const vi = names.vi[cldrKey(code)];
    const ar = names.ar[cldrKey(code)];
    regions.push({
      id: `ne:${code}`,
      name: en,
      names: { en: [en], vi: vi ? [vi] : [], ar: ar ? [ar] : [] },
      alt: uniqueNames([withKindIfCompass(local)].filter(isUsableName)),
      type: 'admin1',
      countryCode: country,
      population: 0,
      source: `naturalearth+cldr:${code}`,
      lat: lat!,
      lon: lon!,
    });
  }
  return regions;
}

/**
 * A province without the names of its country's regions, in any language and with a kind after
 * them: "Lombardy" is the region, not Bergamo, and "Liguria Province" is no name of Genoa's. A
 * province Natural Earth labels with its region's name goes by its own next name.
 */
export function withoutRegionNames(province: PlaceDraft, regions: readonly PlaceDraft[]): PlaceDraft {
  const regionNames = new Set(
    regions.filter(r => r.countryCode === province.countryCode).flatMap(r => [r.name, ...r.names.en, ...r.names.vi, ...r.names.ar, ...r.alt]).map(foldName),
  );
  if (regionNames.size === 0) return province;
  const own = (names: string[]) => names.filter(n => !regionNames.has(foldName(n).replace(KIND, '')));
  const en = own(province.names.en);
  const name = regionNames.has(foldName(province.name)) && en.length > 0 ? en[0]! : province.name;
  return { ...province, name, names: { en, vi: own(province.names.vi), ar: own(province.names.ar) }, alt: own(province.alt) };
}
