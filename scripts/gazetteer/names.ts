/** Name hygiene shared by every source: one spelling of a name, one way to compare two. */

/**
 * GeoNames writes Vietnamese Đ as the Icelandic eth (U+00D0, "Ðông Hà") in some rows; the two look
 * alike but a reader typing Đ would never match it.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\u00D0/g, '\u0110').replace(/\s+/g, ' ').trim();
}

const folded = new Map<string, string>();

/** A comparison key: lower case, no diacritics, đ as d, punctuation as spaces. */
export function foldName(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    key = fold(name);
    folded.set(name, key);
  }
  return key;
}

function fold(name: string): string {
  return normaliseName(name)
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Arabic articles as transliterations write them ("Al-Raqqah", "Deir ez-Zor") and English "the". */
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ar', 'ad', 'an', 'as', 'at', 'az', 'ash', 'ath', 'adh', 'ed', 'es', 'ez', 'et', 'ul', 'the']);
/** Words that say what kind of division a name is: "Deir ez-Zor Governorate", "Kogi State". */
const DIVISION_WORDS: ReadonlySet<string> = new Set([
  'governorate', 'province', 'region', 'oblast', 'state', 'prefecture', 'county', 'municipality', 'department', 'territory', 'muhafazah', 'muhafazat',
]);
/** Vietnamese division words go before the name, and "thành phố" is two words: strip them only there. */
const DIVISION_PREFIXES = ['tinh ', 'thanh pho ', 'tp '];

/**
 * The part of a name that says which place, not what kind: folded, without articles and division
 * words. "Al-Raqqah", "Ar Raqqah Governorate" and "Raqqah" share the key "raqqah"; "Tỉnh Thái Bình"
 * and "Thái Bình" share "thai binh". A name made only of such words keeps its folded form.
 */
export function bareNameKey(name: string): string {
  let folded = foldName(name);
  for (const prefix of DIVISION_PREFIXES) if (folded.startsWith(prefix)) folded = folded.slice(prefix.length);
  const words = folded.split(' ').filter(w => !ARTICLES.has(w) && !DIVISION_WORDS.has(w));
  return words.length > 0 ? words.join(' ') : foldName(name);
}

/** The folded words of a name that can tell it apart: no articles. */
export function nameWords(name: string): string[] {
  return foldName(name).split(' ').filter(w => w !== '' && !ARTICLES.has(w));
}

/** Letters only, folded further than `foldName` for comparing spellings: Turkish ı, Azerbaijani ə, Polish ł, Nordic ø. */
export function spellingLetters(name: string): string {
  return foldName(name)
    .replace(/ı/g, 'i')
    .replace(/[əǝ]/g, 'e')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/þ/g, 'th')
    .replace(/ /g, '');
}

/** A name as spellings are compared: how it starts, its letter pairs, its words. */
export interface Spelling {
  name: string;
  /** The first two letters: "te" for "Tekrit". */
  start: string;
  /** The first letter and the first consonant after it, which transliterations keep when vowels vary: "tk" for "Tekrit" and "Tikrīt". */
  skeleton: string;
  pairs: string[];
  words: string[];
}

/** Articles aside: "Al-Sweida" is compared as "sweida", "Al Quşayr" as "qusayr". */
export function spelling(name: string): Spelling {
  const words = nameWords(name);
  const letters = spellingLetters(words.length > 0 ? words.join(' ') : name);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < letters.length; i++) pairs.push(letters.slice(i, i + 2));
  const consonant = letters.slice(1).match(/[^aeiouy]/)?.[0] ?? '';
  return { name, start: letters.slice(0, 2), skeleton: letters.slice(0, 1) + consonant, pairs, words };
}

/**
 * How alike two spellings are: the Dice coefficient of their letter pairs, 0 (none shared) to 1.
 * "Tekrit"/"Tikrit" 0.6, "Jabrud"/"Yabrud" 0.8, "Tel Kaif"/"Tall Kayf" 0.31; "Springfield" and
 * "Palmyra" share no pair.
 */
export function similarity(a: Spelling, b: Spelling): number {
  if (a.pairs.length === 0 || b.pairs.length === 0) return 0;
  const left = new Map<string, number>();
  for (const p of b.pairs) left.set(p, (left.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of a.pairs) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      shared++;
      left.set(p, n - 1);
    }
  }
  return (2 * shared) / (a.pairs.length + b.pairs.length);
}

/** From this similarity on, two names are taken for spellings of one name. */
export const SIMILAR_SPELLING = 0.4;

/**
 * Two names that could be spellings of one: they start with the same two letters, share a word
 * (articles aside) or are spelled alike ("Barisal"/"Barishal", "Ajman"/"Ajman City",
 * "Tekrit"/"Tikrīt"; not "Gia Lai"/"Pleiku").
 */
export function looksAlike(a: Spelling, b: Spelling): boolean {
  return a.start === b.start || a.words.some(w => b.words.includes(w)) || similarity(a, b) >= SIMILAR_SPELLING;
}

/**
 * Words that make a name the town's and not the division's ("Oklahoma City", "Thành phố Thái
 * Bình", "Thủ đô Hà Nội", "Ho-Chi-Minh-Stadt"), in GeoNames' commonest languages, folded.
 */
const SETTLEMENT_WORDS: readonly string[] = [
  'city', 'town', 'ciudad', 'cidade', 'citta', 'cite', 'ville', 'stadt', 'stad', 'staden', 'byen', 'grad', 'kota', 'siti', 'lungsod', 'cathair',
  'caayr', 'dinas', 'kutha', 'kaupunki', 'mesto', 'miasto', 'varos', 'urbo', 'llaqta', 'sehir', 'sehri', 'shaary', 'madinat', 'مدينة',
  'muang', 'mueang', 'amphoe', 'krong', 'thanh pho', 'thi xa', 'thi tran', 'thu do', 'tp',
];

export function isSettlementName(name: string): boolean {
  const folded = ` ${foldName(name)} `;
  return SETTLEMENT_WORDS.some(w => folded.includes(` ${w} `));
}

/** "Oklahoma City" is "Oklahoma" with a word for "city" (articles aside): the shorter name is the bigger place's. */
export function isNamePlusSettlementWord(shorter: string, longer: string): boolean {
  const short = nameWords(shorter).join(' ');
  const long = nameWords(longer).join(' ');
  if (short === '' || short === long) return false;
  return SETTLEMENT_WORDS.some(w => long === `${short} ${w}` || long === `${w} ${short}` || long === `${w} of ${short}`);
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

/** Letters and tone marks no other Latin orthography in GeoNames uses together: ơ ư, ĩ ũ ("Vũ Hán") and the precomposed tone block. */
const VIETNAMESE_MARK = /[ơưƠƯĩũĨŨ\u1EA0-\u1EF9]/;
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
