import type { NameHit, NameIndex } from '../gazetteer/name-index.ts';
import type { PlaceTable } from '../gazetteer/place-table.ts';
import type { Token } from '../text/tokenize.ts';
import type { PlaceType } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { CONJUNCTION_GAP, type KindListWords } from './kind-lists.ts';

/** What a language's rules see of the text around a possible name. */
export interface SpotContext {
  text: string;
  tokens: Token[];
  /** Per token: its capital letter is explained by a sentence start or a headline. */
  weak: boolean[];
  places: PlaceTable;
  names: NameIndex;
  /** The last accepted place so far. */
  previous: Candidate | null;
  /** Folded words the article uses as the names of people or of cars ("Steele", "Toyota"). */
  otherNames: Set<string>;
  /** accentedForm of the surfaces met so far: an article repeats its names. Kept per article, as its slices hold the text. */
  accented: Map<string, string>;
}

/** The language-specific half of spotting; the shared half is in spot-candidates.ts. */
export interface LanguageRules {
  /** The hits a match of tokens [start, end) keeps given the words around it; none means it is not a place here. */
  filterHits(ctx: SpotContext, start: number, end: number, hits: NameHit[]): NameHit[];
  /** A compass word just before `start` ("Tây", "phía đông", "eastern"): its first token and the English compass word. */
  directionBefore(ctx: SpotContext, start: number): { from: number; compass: string } | null;
  /** A part-of-city phrase before `start` ("Thành cổ"): its first token and the English name of the part. */
  cityPartBefore(ctx: SpotContext, start: number): { from: number; part: string } | null;
  /** The kind of place a generic word around tokens [start, end) announces ("tỉnh", "city of", "Idlib province"). */
  typeHint(ctx: SpotContext, start: number, end: number): PlaceType | null;
  /** Whether the words after token `end - 1` make the name a feature's named after the place ("the Tana River"). */
  featureAfter(ctx: SpotContext, end: number): boolean;
  /**
   * Whether the words of tokens [from, to), between two names, say the second holds the first:
   * "Paradise in Butte County", "huyện Bảo Yên tỉnh Lào Cai". A comma alone says so in any language.
   */
  linksToHolder(ctx: SpotContext, from: number, to: number): boolean;
  /** Prepositions of place, folded: "in", "near", "ở", "tại". */
  locatives: ReadonlySet<string>;
  /**
   * Whether a name written without its Vietnamese letters may be the Vietnamese place: English
   * writes "Quang Ninh" and "Hai Phong"; Vietnamese text would write the letters.
   */
  unaccentedVietnamese: boolean;
  /** A lowercase word that may open a name before a capitalised one: "al-Shifa", "sông Hồng". */
  leadsName(token: Token): boolean;
  /** Plural kind words that say what each name of a list is ("Jackson and Barrow counties"). */
  kindLists: KindListWords;
}

/** The token before `i` when nothing (comma, sentence end) separates them. */
export function joinedBefore(ctx: SpotContext, i: number): Token | null {
  return i > 0 && !ctx.tokens[i]!.breakBefore ? ctx.tokens[i - 1]! : null;
}

/**
 * A preposition of place (one of `locatives`) just before token `start` ("in Obama", "ở Mosul"),
 * or before the name it is joined to by "and": "in Singapore and Tokyo", "ở Amman và Doha".
 */
export function afterLocative(ctx: SpotContext, locatives: ReadonlySet<string>, start: number): boolean {
  const before = joinedBefore(ctx, start);
  if (before && locatives.has(before.folded)) return true;
  const previous = ctx.previous;
  const from = ctx.tokens[start]!.start;
  return !!previous && previous.afterLocative && previous.end <= from && CONJUNCTION_GAP.test(ctx.text.slice(previous.end, from));
}

/**
 * Only a hyphen between two tokens. Vietnamese writes foreign names as hyphened syllables with only
 * the first capitalised ("I-rắc", "Xê-út"), and joins two names with one ("Nga-Mỹ").
 */
export const hyphened = (text: string, a: Token, b: Token): boolean => b.start - a.end === 1 && HYPHENS.includes(text[a.end]!);

const HYPHENS = '-‐';

/** The token after `end - 1` when nothing separates them. */
export function joinedAfter(ctx: SpotContext, end: number): Token | null {
  const next = ctx.tokens[end];
  return next && !next.breakBefore ? next : null;
}

export const onlyTypes = (ctx: SpotContext, hits: NameHit[], types: PlaceType[]): NameHit[] =>
  hits.filter(h => types.includes(ctx.places.type(h.place)));

/** Folded words of the `n` tokens ending just before `i`, if none is separated from the next. */
export function foldedBefore(ctx: SpotContext, i: number, n: number): string | null {
  return wordsBefore(ctx, i, n, t => t.folded);
}

/** The `n` tokens ending just before `i`, each as `word` gives it, if none is separated from the next. */
export function wordsBefore(ctx: SpotContext, i: number, n: number, word: (t: Token) => string): string | null {
  const { tokens } = ctx;
  if (i - n < 0 || tokens[i]!.breakBefore) return null;
  let words = word(tokens[i - n]!);
  for (let k = i - n + 1; k < i; k++) {
    if (tokens[k]!.breakBefore) return null;
    words += ` ${word(tokens[k]!)}`;
  }
  return words;
}

/** The word before `start` belongs to the place just accepted: "Russia-Turkey", "Mosul, Iraq". */
export const followsPlace = (ctx: SpotContext, start: number): boolean => ctx.previous?.tokenEnd === start;

/**
 * The name at token `start` may hold the place just accepted: a comma alone ("Mosul, Iraq") or
 * the language's words for it ("Paradise in Butte County") come between them.
 */
export const afterPlaceAndHolderLink = (ctx: SpotContext, rules: LanguageRules, start: number): boolean =>
  afterPlaceAndComma(ctx, start) || (!!ctx.previous && ctx.previous.tokenEnd < start && rules.linksToHolder(ctx, ctx.previous.tokenEnd, start));

/** A comma alone separates token `start` from the place just accepted: "Mosul, Iraq". */
export const afterPlaceAndComma = (ctx: SpotContext, start: number): boolean =>
  followsPlace(ctx, start) && /^\s*,\s*$/.test(ctx.text.slice(ctx.previous!.end, ctx.tokens[start]!.start));
