import { AMBIGUOUS_COUNTRY_WORDS, CITY_PARTS, COMMON_SYLLABLES, COUNTRY_CUES, DIRECTION_LEADS, DIRECTIONS, HEADINGS, LIST_KINDS_BEFORE, LOCATIVES, NAME_LEADS, PERSON_TITLES, SURNAMES, TYPE_CUES_BEFORE, WATER_WORDS, hasVietnameseLetter } from '../lang/vi.ts';
import { isCapitalised, isParticle } from './capitalisation.ts';
import { afterPlaceAndComma, followsPlace, foldedBefore, hyphened, joinedAfter, joinedBefore, onlyTypes, wordsBefore, type LanguageRules, type SpotContext } from './language-rules.ts';
import { keyOf, namesAt } from './walk-names.ts';
import type { Token } from '../text/tokenize.ts';

// "Anh" opens a sentence as "He ..." far more often than as Britain.
const PRONOUN_LIKE = new Set(['anh']);

export const vietnameseRules: LanguageRules = {
  filterHits(ctx, start, end, hits) {
    const before = joinedBefore(ctx, start);
    if (before && (PERSON_TITLES.has(written(before)) || PERSON_TITLES.has(wordsBefore(ctx, start, 2, written) ?? ''))) return [];
    const key = keyOf(ctx.tokens, start, end);
    if (before && HEADINGS.has(before.folded) && DIRECTIONS.has(key)) return [];
    if (end - start === 1 && ctx.weak[start] && COMMON_SYLLABLES.has(written(ctx.tokens[start]!))) return [];
    if (AMBIGUOUS_COUNTRY_WORDS.has(key)) return namesCountry(ctx, start, end, key) ? onlyTypes(ctx, hits, ['country']) : [];
    if (before && !followsPlace(ctx, start) && isCapitalised(before) && !ctx.weak[start - 1] && !isCue(before)) return [];
    if (continuesInVietnamese(ctx, end) || inTransliteration(ctx, end)) return [];
    // "miền Nam Li-băng", "miền Bắc Israel": a compass word after "miền" before another name is
    // that place's south or north, not Vietnam's region of that name.
    if (DIRECTION_LEADS.has(ctx.tokens[start]!.folded) && DIRECTIONS.has(keyOf(ctx.tokens, start + 1, end)) && nameAfter(ctx, end)) return [];
    return hits;
  },

  directionBefore(ctx, start) {
    const two = foldedBefore(ctx, start, 2);
    if (two && DIRECTIONS.has(two)) return { from: start - 2, compass: DIRECTIONS.get(two)! };
    const one = joinedBefore(ctx, start);
    const compass = one ? DIRECTIONS.get(one.folded) : undefined;
    return one && compass ? { from: start - 1, compass } : null;
  },

  cityPartBefore(ctx, start) {
    const two = foldedBefore(ctx, start, 2);
    const part = two ? CITY_PARTS.get(two) : undefined;
    return part ? { from: start - 2, part } : null;
  },

  typeHint(ctx, start, end) {
    // Skip a compass word: "tỉnh Deir Ezzor" and "miền đông Syria" both announce their kind.
    const direction = this.directionBefore(ctx, start);
    const at = direction ? direction.from : start;
    const cue = TYPE_CUES_BEFORE.get(foldedBefore(ctx, at, 2) ?? '') ?? TYPE_CUES_BEFORE.get(foldedBefore(ctx, at, 1) ?? '');
    // "Biển Đỏ" says it is a sea: not Egypt's Red Sea governorate.
    return cue ?? (end - start > 1 && WATER_WORDS.has(ctx.tokens[start]!.folded) ? 'water' : null);
  },

  // "huyện Bảo Yên tỉnh Lào Cai": the kind word of the next name, with nothing else between
  linksToHolder: (ctx, from, to) => to - from <= 2 && TYPE_CUES_BEFORE.has(foldedBefore(ctx, to, to - from) ?? '') && !ctx.tokens[from]!.breakBefore,

  // Vietnamese puts the feature's word first ("sông Hồng"), where the gazetteer has it.
  featureAfter: () => false,

  leadsName: token => isParticle(token) || NAME_LEADS.has(token.folded),

  kindLists: { after: new Map(), before: LIST_KINDS_BEFORE },

  locatives: LOCATIVES,

  unaccentedVietnamese: false,
};

/** An everyday word that is also a country's short name names the country only after a word pointing to one. */
function namesCountry(ctx: SpotContext, start: number, end: number, key: string): boolean {
  const before = joinedBefore(ctx, start);
  // A cue written inside a capitalised name is part of the name: "Nguyễn Minh Đức" is a person.
  const inName = before && isCapitalised(before) && joinedBefore(ctx, start - 1)?.capital;
  if (before && COUNTRY_CUES.has(written(before)) && !inName) return true;
  const after = joinedAfter(ctx, end);
  // "Brussels, Đức và Pháp": listed after a place, unless a name goes on after it ("Hà Nội, Anh Tuấn").
  if (afterPlaceAndComma(ctx, start) && (!after || !isCapitalised(after))) return true;
  if (hyphenedToCountry(ctx, start, end)) return true;
  // A sentence opening "Mỹ tấn công ..." names the country; "Anh cho biết" is "he said".
  return ctx.tokens[start]!.sentenceStart && !PRONOUN_LIKE.has(key) && (!after || !isCapitalised(after));
}

/** "quan hệ Nga-Mỹ", "hội nghị Mỹ-Triều Tiên": hyphened to another country's name, it is a country too. */
function hyphenedToCountry(ctx: SpotContext, start: number, end: number): boolean {
  const isCountry = (from: number, to: (e: number) => boolean) =>
    namesAt(ctx.names, ctx.tokens, from).some(m => to(m.end) && m.hits.some(h => ctx.places.type(h.place) === 'country'));
  const after = ctx.tokens[end];
  if (after && hyphenBetween(ctx, end - 1, end) && isCountry(end, () => true)) return true;
  return start > 0 && hyphenBetween(ctx, start - 1, start) && [start - 1, start - 2].some(from => from >= 0 && isCountry(from, e => e === start));
}

const hyphenBetween = (ctx: SpotContext, a: number, b: number): boolean => hyphened(ctx.text, ctx.tokens[a]!, ctx.tokens[b]!);

/**
 * "Sân bay Tân Sơn Nhất" is not the district of Tân Sơn: a capitalised Vietnamese syllable right
 * after a name goes on with it, unless it opens a person's name ("tỉnh Quảng Ninh Cao Tường Huy").
 * A foreign name after it is a person's ("Ngoại trưởng Mỹ Antony Blinken").
 */
function continuesInVietnamese(ctx: SpotContext, end: number): boolean {
  const after = nameAfter(ctx, end);
  return !!after && !SURNAMES.has(after.folded) && hasVietnameseLetter(written(after));
}

/**
 * "Ba-Ân Man-đép", "Tuy-ni-di": Vietnamese writes a foreign name as hyphened syllables, and a name
 * that ends where a hyphen goes on is only the first syllables of another ("Ba" is not Bath, "Tuy"
 * not Tui). A hyphen between two names joins them instead: "quan hệ Nga-Mỹ".
 */
function inTransliteration(ctx: SpotContext, end: number): boolean {
  const after = joinedAfter(ctx, end);
  if (!after || !hyphenBetween(ctx, end - 1, end)) return false;
  return !isCapitalised(after) || namesAt(ctx.names, ctx.tokens, end).length === 0;
}

/**
 * The capitalised word right after token `end - 1`, with spaces only between: the tokenizer joins
 * "Huế. Quân" as it would "St. Louis".
 */
function nameAfter(ctx: SpotContext, end: number): Token | null {
  const after = joinedAfter(ctx, end);
  return after && isCapitalised(after) && ctx.text.slice(ctx.tokens[end - 1]!.end, after.start).trim() === '' ? after : null;
}

/**
 * A capitalised word before a name that still leaves the name its own: "Tây", "Tỉnh". The cues of
 * a country's short name are not among them: capitalised, the "gia" of "quốc gia Mỹ" opens the
 * name "Gia Lâm", whose last syllable alone is a village elsewhere.
 */
function isCue(token: Token): boolean {
  const { folded } = token;
  return DIRECTION_LEADS.has(folded) || DIRECTIONS.has(folded) || TYPE_CUES_BEFORE.has(folded);
}

/** A word as written, lowercase, tones kept. */
const written = (token: Token): string => token.text.normalize('NFC').toLowerCase();
