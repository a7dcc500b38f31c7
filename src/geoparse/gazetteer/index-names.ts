import { wordsOf } from '../text/fold.ts';
import type { PlaceFeature } from '../types.ts';
import type { NameHit } from './name-index.ts';
import type { NameTrie } from './name-trie.ts';

const ACRONYM = /^[\p{Lu}.\s]+$/u;

export function isAcronym(name: string): boolean {
  return ACRONYM.test(name) && name.replace(/[.\s]/g, '').length <= 4;
}

/** Words that English place names write in full or abbreviated, either way: "Saint Petersburg", "St. Petersburg". */
const SHORT_FORMS: Readonly<Record<string, string>> = { Saint: 'St.', Sainte: 'Ste.', Mount: 'Mt.', Fort: 'Ft.' };
const FULL_FORMS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(SHORT_FORMS).flatMap(([full, short]) => [[short, full], [short.slice(0, -1), full]]));

/**
 * A name with Saint, Mount or Fort written the other way, full or abbreviated ("Saint Petersburg"
 * → "St. Petersburg", "Port St. Lucie" → "Port Saint Lucie"); the name alone when it has none.
 * The last word is never changed: in "Lake Mount" it is no title.
 */
export function abbreviationForms(name: string): string[] {
  const words = name.split(' ');
  const other = words.map((w, i) => (i < words.length - 1 ? SHORT_FORMS[w] ?? FULL_FORMS[w] ?? w : w));
  return other.some((w, i) => w !== words[i]) ? [name, other.join(' ')] : [name];
}

/** Numbers as Vietnamese writes them in district names: "Quận Bảy" is "Quận 7". */
const VI_NUMBERS: ReadonlyMap<string, string> = new Map(
  ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'].map((w, i) => [w, String(i + 1)]),
);
const NUMBERED_DIVISION = /^(Quận|Phường) (.+)$/u;

/** A numbered district or ward written in words, also in digits, as news writes it: "Quận Bảy" → "Quận 7". */
export function numberedForms(name: string): string[] {
  const m = NUMBERED_DIVISION.exec(name);
  const digits = m ? VI_NUMBERS.get(m[2]!.toLowerCase()) : undefined;
  return digits ? [name, `${m![1]} ${digits}`] : [name];
}

/** The kinds of division GeoNames writes before some Vietnamese names: "Thị Trấn Tà Lùng", "Huyện Ba Vì". */
const VI_DIVISION = /^(?:Thị [Tt]rấn|Thị [Xx]ã|Thành [Pp]hố|Huyện|Quận|Phường|Xã|Thôn|Xóm|Làng|Ấp|Bản) (.+)$/u;

/**
 * A Vietnamese name that opens with its kind of division, also without it, as news mostly writes
 * it ("Huyện Ba Vì" → "Ba Vì"; "huyện Ba Vì" in the text is found either way). A single syllable
 * left ("Quận Bảy" → "Bảy") is too often an everyday word to stand alone.
 */
export function divisionForms(name: string): string[] {
  const rest = VI_DIVISION.exec(name)?.[1];
  return rest?.includes(' ') ? [name, rest] : [name];
}

/** Countries whose divisions' names are Arabic. */
const ARAB_COUNTRIES: ReadonlySet<string> = new Set('AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE'.split(' '));
const ARABIC_ARTICLE = /^(?:[AaEe]l|A[dnrstz]|Ash|Ath)[- ](\p{L}.{3,})$/u;

/**
 * An Arabic division's name with its article, also without it, as English news mostly writes it:
 * "Al Anbar" → "Anbar", "Al Muthanna" → "Muthanna". Only divisions: a town's article often makes
 * the rest another word or a person's name.
 */
export function withoutArticleForms(name: string): string[] {
  const rest = ARABIC_ARTICLE.exec(name)?.[1];
  return rest ? [name, rest] : [name];
}

/** Every name a place is known by, with the adjectives that point to it. */
export function indexPlace(trie: NameTrie, feature: PlaceFeature, place: number): void {
  const p = feature.properties;
  const arabicDivision = p.type === 'admin1' && ARAB_COUNTRIES.has(p.countryCode);
  // Natural Earth names Botswana's Central district "Quận Miền Trung": only Vietnam's names lose their division word.
  const inVietnam = p.countryCode === 'VN';
  const forms = namesOf(feature).flatMap(abbreviationForms).flatMap(numberedForms).flatMap(n => (inVietnam ? divisionForms(n) : [n]));
  const names = new Set([...(arabicDivision ? forms.flatMap(withoutArticleForms) : forms), ...p.names.ar]);
  for (const name of names) {
    const hit: NameHit = { place, demonym: false, acronym: isAcronym(name), relative: false, spelling: name };
    if (name.endsWith('.')) hit.abbreviation = true;
    trie.add(name, hit);
  }
  for (const demonym of p.demonyms ?? []) trie.add(demonym, { place, demonym: true, acronym: false, relative: false, spelling: demonym });
}

/**
 * A district's names with its city's name taken out ("Old City of Mosul" → "Old City", "Thành cổ
 * Mosul" → "Thành cổ"), so that "the Old City" in an article about Mosul finds it. Only names of
 * two words or more remain: a bare "West" would be everywhere.
 */
export function indexRelativeNames(trie: NameTrie, feature: PlaceFeature, place: number, parent: PlaceFeature): void {
  const parentKeys = namesOf(parent).map(n => wordsOf(n).join(' ')).filter(Boolean);
  for (const name of namesOf(feature)) {
    const key = ` ${wordsOf(name).join(' ')} `;
    for (const parentKey of parentKeys) {
      if (!key.includes(` ${parentKey} `)) continue;
      const rest = key.replace(` ${parentKey} `, ' ').replace(/ (?:of|s) (?= |$)/g, ' ').trim();
      if (rest.split(' ').length >= 2) trie.add(rest, { place, demonym: false, acronym: false, relative: true, spelling: rest });
    }
  }
}

function namesOf(f: PlaceFeature): string[] {
  const p = f.properties;
  return [...new Set([p.name, ...p.names.en, ...p.names.vi, ...p.alt])];
}
