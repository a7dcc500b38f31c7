/** Name hygiene shared by every source: one spelling of a name, one way to compare two. */

/**
 * GeoNames writes Vietnamese Đ as the Icelandic eth (U+00D0, "Ðông Hà") in some rows; the two look
 * alike but a reader typing Đ would never match it.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\u00D0/g, '\u0110').replace(/\s+/g, ' ').trim();
}

/** A comparison key: lower case, no diacritics, đ as d, punctuation as spaces. */
export function foldName(name: string): string {
  return normaliseName(name)
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Names in order, without blanks and without a second spelling that folds to an earlier one. */
export function uniqueNames(names: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set<string>();
  for (const name of exclude) seen.add(foldName(name));
  const out: string[] = [];
  for (const raw of names) {
    const name = normaliseName(raw);
    const key = foldName(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

const ARABIC = /[\u0600-\u06FF]/;
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;

export function isArabicScript(name: string): boolean {
  return ARABIC.test(name);
}

export function isLatinScript(name: string): boolean {
  return /\p{L}/u.test(name) && !NON_LATIN_LETTER.test(name);
}

/** Letters and tone marks no other Latin orthography in GeoNames uses together: ơ ư and the precomposed tone block. */
const VIETNAMESE_MARK = /[ơưƠƯ\u1EA0-\u1EF9]/;
/** The Vietnamese alphabet: no f, j, w, z, and no diacritics beyond its own. */
const VIETNAMESE_WORD = /^[a-eg-ik-vxyàáâãèéêìíòóôõùúýăđĩũơư\u1EA0-\u1EF9]+$/;

function hasVietnameseLetters(name: string): boolean {
  return VIETNAMESE_MARK.test(name) || /[ăâđêôĂÂĐÊÔ]/.test(name);
}

/** Acute, grave, hook, tilde, dot below: the five tone marks, which sit on any vowel. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VIETNAMESE_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ng|nh|ch|[cmnpt])?$/;

/**
 * Vietnamese is written in syllables (onset, one to three vowels, a final consonant), so
 * "Thành phố Hồ Chí Minh" is Vietnamese and GeoNames' Finnish "Hồ Chí Minhin kaupunki" or
 * Indonesian "Kota Hồ Chí Minh" are not, although they carry Vietnamese letters.
 */
export function isVietnameseName(name: string): boolean {
  if (!hasVietnameseLetters(name)) return false;
  const bare = normaliseName(name).toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
  return bare.split(/[\s-]+/).every(s => VIETNAMESE_SYLLABLE.test(s));
}

/**
 * A Vietnamese exonym of a foreign place ("Bắc Kinh", "Bình Nhưỡng", "Mát-xcơ-va"): two or more
 * short syllables of the Vietnamese alphabet, one with a mark only Vietnamese uses. Guarani
 * ("Herusalẽ"), Yoruba (ọ, ẹ) and Croatian (đ) names share marks but not that shape; one-word
 * spellings such as "Matxcơva" are left to the curated aliases.
 */
export function isVietnameseExonym(name: string): boolean {
  const syllables = normaliseName(name).toLowerCase().split(/[\s-]+/);
  if (syllables.length < 2 || !VIETNAMESE_MARK.test(name.replace(/[ẹọịụẸỌỊỤ]/g, ''))) return false;
  return syllables.every(s => s.length > 0 && s.length <= 7 && VIETNAMESE_WORD.test(s));
}

/**
 * Codes, links, numbered names, mis-encoded and machine-romanised ones are never how an article
 * names a place: "LHR", "NYC", "Paris 01", "http://…", "T‚h‚ran", "almwsl".
 */
export function isUsableName(name: string): boolean {
  if (!/^[\p{L}\p{M}\s.'’ʻʼ-]+$/u.test(name)) return false;
  // GeoNames adds lower-case romanisations of names in other scripts ("almwsl", "mo su er")
  if (isLatinScript(name) && !/\p{Lu}/u.test(name)) return false;
  // and glues two names into one label ("Karachi - كراچى", "Minsk - Minsk"), or half-romanises one ("lwہwr" for Lahore)
  if (/\s-\s/.test(name) || (/\p{Script=Latin}/u.test(name) && ARABIC.test(name))) return false;
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  return !(/^[\p{Lu}\s.]+$/u.test(name) && letters.length <= 3);
}
