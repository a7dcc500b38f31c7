/** GeoNames populated places (cities500): which rows the gazetteer keeps and how their names are sorted. */
import type { PlaceType } from '../../src/geoparse/types.ts';
import { COMMON_WORDS } from '../../src/geoparse/lang/en.ts';
import { arabicSpellings } from './arabic-spellings.ts';
import { foldName, isArabicScript, isLatinScript, isUsableName, isVietnameseExonym, isVietnameseName, normaliseName, uniqueNames } from './names.ts';

export interface GeoNamesRow {
  id: number;
  name: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  countryCode: string;
  admin1Code: string;
  /** In the US, the county's FIPS code within its state. */
  admin2Code: string;
  population: number;
}

/** One line of a GeoNames dump (tab-separated, 19 columns, see the GeoNames readme). */
export function parseGeoNamesRow(line: string): GeoNamesRow {
  const cols = line.split('\t');
  if (cols.length < 19) throw new Error(`GeoNames row with ${cols.length} columns: ${line.slice(0, 80)}`);
  const col = (i: number): string => cols[i] ?? '';
  return {
    id: Number(col(0)),
    name: normaliseName(col(1)),
    alternateNames: col(3) === '' ? [] : col(3).split(','),
    lat: Number(col(4)),
    lon: Number(col(5)),
    featureCode: col(7),
    countryCode: col(8),
    admin1Code: col(10),
    admin2Code: col(11),
    population: Number(col(14) || 0),
  };
}

/** Countries this project's news is about: every village GeoNames has there is worth a point. */
const FOCUS_COUNTRIES: ReadonlySet<string> = new Set(['IQ', 'SY', 'TR', 'IR', 'JO', 'LB', 'SA', 'IL', 'PS', 'VN']);
/**
 * English-language local news names small towns and county seats ("London, Ky.", "Chiefland").
 * Every town of 1,000 there plus every second-level seat worldwide would make a 25 MB file. Towns
 * of 2,000 and the seats of these countries make it 19 MB, and raised LGL's end-to-end score from
 * 0.76 to 0.79 against towns of 5,000; towns of 1,000 added more wrong matches than right ones.
 */
const SMALL_TOWN_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'GB', 'AU', 'NZ', 'IE']);
const SMALL_TOWN_POPULATION = 2000;
const WORLD_POPULATION = 10000;
/** Capitals and first-level seats: named in news whatever their size. */
const SEAT_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA']);

/** A capital or a first-level seat: the town a division is governed from. */
export function isSeat(row: GeoNamesRow): boolean {
  return SEAT_CODES.has(row.featureCode);
}

export function isIncluded(row: GeoNamesRow): boolean {
  return (
    isSeat(row) ||
    row.population >= WORLD_POPULATION ||
    FOCUS_COUNTRIES.has(row.countryCode) ||
    (SMALL_TOWN_COUNTRIES.has(row.countryCode) && (row.population >= SMALL_TOWN_POPULATION || row.featureCode === 'PPLA2'))
  );
}

/** PPLX is "section of populated place": a neighbourhood, not a town of its own. */
export function placeType(featureCode: string): PlaceType {
  return featureCode === 'PPLX' ? 'district' : 'city';
}

export interface SortedNames {
  vi: string[];
  ar: string[];
  alt: string[];
}

/** Arabic-script names kept per place: the Arabic one first, Persian and Urdu spellings after it. */
export const MAX_ARABIC = 3;
const MAX_LATIN_ALT = 16;

/**
 * Jerusalem has 136 Latin-script names, most of them the city in other European languages. Past
 * a handful, plain-ASCII spellings ("Al-Quds", "Yerushalayim") are the ones an English or
 * Vietnamese article would use, so they go first; the list order is otherwise GeoNames'.
 */
export function leanAltNames(names: string[]): string[] {
  if (names.length <= MAX_LATIN_ALT) return names;
  const ascii = names.filter(n => /^[\x20-\x7E]+$/.test(n));
  const other = names.filter(n => !/^[\x20-\x7E]+$/.test(n));
  return [...ascii, ...other].slice(0, MAX_LATIN_ALT);
}

/**
 * GeoNames alternate names carry no language tag, so the script decides: Arabic script to `ar`,
 * Vietnamese to `vi` (Vietnamese syllables for a place in Vietnam, exonym-shaped names elsewhere),
 * other Latin-script names to `alt`. Names in other scripts are left out: the articles are in
 * Vietnamese and English.
 */
export function sortAlternateNames(row: GeoNamesRow): SortedNames {
  const inVietnam = row.countryCode === 'VN';
  // a double space glues several names into one ("Ter Zor  Der Zor  Ter Zor")
  const usable = row.alternateNames.filter(n => !n.includes('  ')).map(normaliseName).filter(isUsableName);
  const isVi = (n: string): boolean => (inVietnam ? isVietnameseName(n) : isVietnameseExonym(n));
  const viCandidates = inVietnam && isVietnameseName(row.name) ? [row.name, ...usable.filter(isVi)] : usable.filter(isVi);
  const vi = uniqueNames(viCandidates);
  const ar = uniqueNames(usable.filter(isArabicScript)).slice(0, MAX_ARABIC);
  const latin = uniqueNames(
    usable.filter(n => isLatinScript(n) && !isVi(n)),
    [row.name, ...vi],
  );
  const lean = FOCUS_COUNTRIES.has(row.countryCode) ? latin : leanAltNames(latin);
  // a seat of any level counts: GeoNames gives Al Qāmishlī, a district's seat, no population
  const bare = ARABIC_COUNTRIES.has(row.countryCode) && (row.population >= BARE_NAME_POPULATION || row.featureCode.startsWith('PPLA'));
  // from the name and the first few others, which are GeoNames' commonest ("Abu Kamal" for Albu Kamal)
  const arabic = ARABIC_COUNTRIES.has(row.countryCode) ? uniqueNames([row.name, ...lean.slice(0, ARABIC_SPELLING_SOURCES)].flatMap(arabicSpellings)).slice(0, MAX_ARABIC_SPELLINGS) : [];
  const alt = bare ? uniqueNames([...lean, ...arabic, ...otherArticleVowel([row.name, ...lean]), ...withoutArticle([row.name, ...lean])], [row.name, ...vi]) : uniqueNames([...lean, ...arabic], [row.name, ...vi]);
  return { vi, ar, alt };
}

/** How many of a place's names its other Arabic spellings are made from, and how many are kept. */
const ARABIC_SPELLING_SOURCES = 4;
const MAX_ARABIC_SPELLINGS = 16;

/** Countries whose place names carry the Arabic article ("Al Qāmishlī", "Ar Raqqah", "El Fasher"). */
const ARABIC_COUNTRIES: ReadonlySet<string> = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SO', 'SY', 'TN', 'YE']);
const ARABIC_ARTICLE = /^(?:al|el|ar|as|ash|ad|adh|an|at|az)[- ](.+)$/iu;
/** Towns news names without the article are bigger than villages, whose bare names are more often words ("Al Ittiḩād", "union"). */
const BARE_NAME_POPULATION = 10_000;
/** Shorter than this without the article, a name is too likely another word ("As Salt", "Al Bab"). */
const MIN_BARE_LETTERS = 5;

/**
 * The article is written "al" or "el" as the transliteration has it, and news follows either:
 * "Deir el-Balah" and "Deir al-Balah", "El Fasher" and "Al Fasher". Each name is given with the
 * other vowel too.
 */
export function otherArticleVowel(names: string[]): string[] {
  return names.flatMap(name => {
    const swapped = name.replace(/(^|[\s-])([AaEe])l([- ])/gu, (_, before: string, vowel: string, after: string) => `${before}${{ A: 'E', a: 'e', E: 'A', e: 'a' }[vowel]}l${after}`);
    return swapped === name ? [] : [swapped];
  });
}

/**
 * English news mostly drops the article from these names: "Qamishli", "Hasakah", "Hodeidah".
 * Each name that has it is given without it too, unless what is left is short or an English word.
 */
export function withoutArticle(names: string[]): string[] {
  const bare: string[] = [];
  for (const name of names) {
    const rest = ARABIC_ARTICLE.exec(name)?.[1];
    if (!rest) continue;
    const key = foldName(rest);
    if (key.replace(/[^a-z]/g, '').length >= MIN_BARE_LETTERS && !COMMON_WORDS.has(key)) bare.push(rest);
  }
  return bare;
}
