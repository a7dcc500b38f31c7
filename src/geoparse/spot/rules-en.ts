import { COMMON_WORDS, DIRECTIONS, FEATURE_WORDS, FIRST_NAMES, FUNCTION_WORDS, LANGUAGE_CUES, LANGUAGE_NOUNS, LANGUAGE_VERBS, LIST_KINDS_AFTER, LIST_KINDS_BEFORE, LOCATIVES, NEVER_PLACES, ORG_SUFFIXES, PERSON_TITLES, PLACE_WORDS, ROAD_WORDS, SHIP_PREFIXES, SPEECH_VERBS, STREET_WORDS, TYPE_CUES_AFTER, TYPE_CUES_BEFORE, WATER_WORDS } from '../lang/en.ts';
import type { NameHit } from '../gazetteer/name-index.ts';
import type { Token } from '../text/tokenize.ts';
import type { PlaceTable } from '../gazetteer/place-table.ts';
import { namesAt } from './walk-names.ts';
import { isAllCaps, isCapitalised, isParticle } from './capitalisation.ts';
import { isSurname } from './person-names.ts';
import { afterLocative, followsPlace, foldedBefore, joinedAfter, joinedBefore, onlyTypes, type LanguageRules, type SpotContext } from './language-rules.ts';

// A small town that shares its name with a common word needs more than a capital letter.
const COMMON_WORD_MIN_POPULATION = 50_000;

export const englishRules: LanguageRules = {
  filterHits(ctx, start, end, hits) {
    const { tokens } = ctx;
    const single = end - start === 1;
    const first = tokens[start]!;
    if (single && (PERSON_TITLES.has(first.folded) || isParticle(first))) return [];
    if (onlyNeverPlace(tokens, start, end)) return [];
    // "the Gulf" is the Persian Gulf; "Gulf states", "Gulf security" are an adjective, and no
    // generic word alone is Papua New Guinea's Gulf province.
    if (single && PLACE_WORDS.has(first.folded) && joinedBefore(ctx, start)?.folded !== 'the') return [];
    if (single && first.text.length < 3 && !hits.some(h => h.acronym || h.abbreviation)) return [];
    const before = joinedBefore(ctx, start);
    const after = joinedAfter(ctx, end);
    if (before && first.spaceBefore && isCapitalised(before) && (PERSON_TITLES.has(before.folded) || FIRST_NAMES.has(before.text.toLowerCase())) && !followsPlace(ctx, start)) return [];
    if (after && isCapitalised(after) && ORG_SUFFIXES.has(after.folded)) return [];
    if (before && first.spaceBefore && SHIP_PREFIXES.has(before.text)) return [];
    if (single && after && isCapitalised(after) && STREET_WORDS.has(after.folded)) return [];
    if (after && startsArabicName(ctx, end)) return [];
    if (namesAfterSaint(ctx, start, end)) return [];
    if (single && after && LANGUAGE_NOUNS.has(after.folded)) return [];
    // "She soon learned English": after a verb of speech or study, a language, not a town named like one.
    if (single && before && LANGUAGE_VERBS.has(before.folded) && (!after || FUNCTION_WORDS.has(after.folded))) return [];
    if (after && after.spaceBefore && isCapitalised(after) && onlyCompassWords(ctx, start, end)) return [];
    let kept = hits;
    if (before && !followsPlace(ctx, start) && insideLongerName(ctx, start)) kept = countriesAndProvinces(ctx, kept);
    // "Mary Wheeler": a first name before a surname is a person's, and "Penn Park" a park's,
    // unless the name is a country's or a province's. "Richmond Police" is the town's police.
    // "Stevens & Wilkinson", "Marks & Spencer": a name joined to another by "&" is a firm's.
    if (single && besideAmpersand(ctx, start, end)) kept = countriesAndProvinces(ctx, kept);
    if (single && after && isCapitalised(after)) {
      if ((FIRST_NAMES.has(first.folded) && isSurname(after)) || ROAD_WORDS.has(after.folded)) kept = countriesAndProvinces(ctx, kept);
    }
    // "Brent told CTV": only a country or its capital speaks through its name ("Moscow said"), unless
    // a preposition places it or "the" makes it a thing ("the Bosphorus continued").
    if (single && after && SPEECH_VERBS.has(after.folded) && !afterLocative(ctx, LOCATIVES, start) && before?.folded !== 'the') kept = kept.filter(h => !h.demonym && (ctx.places.type(h.place) === 'country' || ctx.places.capital(h.place)));
    // "the Liberal platform": a common word after "the" is an adjective, not a town ("the Toronto police" stays Toronto).
    if (single && before?.folded === 'the' && COMMON_WORDS.has(first.folded)) kept = kept.filter(h => h.relative || ctx.places.type(h.place) !== 'city');
    // "the Pacific": a name after "the" is the ocean before a town of that name.
    if (single && before?.folded === 'the' && kept.some(h => ctx.places.type(h.place) === 'water')) kept = kept.filter(h => ctx.places.type(h.place) === 'water');
    if (kept.some(h => h.demonym)) {
      // "English", "French": the adjective, not a small town that shares it.
      kept = isLanguageName(ctx, start, end) ? [] : kept.filter(h => h.demonym || ctx.places.type(h.place) !== 'city');
    }
    // "US" in capitals is the acronym (byCase kept it for that), not the word "us". "Paradise,
    // Calif.", "Hope, Ark.": a province after a comma says the word is a town's name.
    if (single && COMMON_WORDS.has(first.folded) && !kept.some(h => h.acronym) && !beforeHolder(ctx, end, kept)) {
      // "Plantation Lakes Apartments", "LE Central Holdings": a common word among capitalised words is part of their name.
      if (!ctx.weak[start] && ((before && isCapitalised(before) && !followsPlace(ctx, start)) || (after && isCapitalised(after)))) return [];
      kept = ctx.weak[start]
        ? onlyTypes(ctx, kept, ['country']).filter(h => !h.demonym)
        : kept.filter(h => ctx.places.type(h.place) !== 'city' || ctx.places.population(h.place) >= COMMON_WORD_MIN_POPULATION);
    }
    return kept;
  },

  directionBefore(ctx, start) {
    const before = joinedBefore(ctx, start);
    const compass = before ? DIRECTIONS.get(before.folded) : undefined;
    return compass ? { from: start - 1, compass } : null;
  },

  cityPartBefore() {
    return null;
  },

  typeHint(ctx, start, end) {
    const after = joinedAfter(ctx, end);
    if (after && TYPE_CUES_AFTER.has(after.folded)) return TYPE_CUES_AFTER.get(after.folded)!;
    const cue = TYPE_CUES_BEFORE.get(foldedBefore(ctx, start, 2) ?? '') ?? TYPE_CUES_BEFORE.get(foldedBefore(ctx, start, 1) ?? '');
    // "ships in the Red Sea": a name that says it is a sea is the sea, not Egypt's Red Sea governorate.
    return cue ?? (end - start > 1 && (WATER_WORDS.has(ctx.tokens[start]!.folded) || WATER_WORDS.has(ctx.tokens[end - 1]!.folded)) ? 'water' : null);
  },

  linksToHolder,

  featureAfter(ctx, end) {
    const after = joinedAfter(ctx, end);
    return !!after && after.spaceBefore && isCapitalised(after) && FEATURE_WORDS.has(after.folded);
  },

  leadsName: isParticle,

  kindLists: { after: LIST_KINDS_AFTER, before: LIST_KINDS_BEFORE },

  locatives: LOCATIVES,

  unaccentedVietnamese: true,
};

/**
 * "Far North Queensland", "Southern California", "North Side United": compass words before another
 * capitalised word qualify it, even where a region somewhere is called by them alone (Cameroon's
 * Far North, Rwanda's Southern Province).
 */
function onlyCompassWords(ctx: SpotContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!DIRECTIONS.has(ctx.tokens[i]!.folded) && ctx.tokens[i]!.folded !== 'far') return false;
  return true;
}

/**
 * A comma and the name of a country, a province or a county holding one of the readings `hits`
 * after token `end - 1` ("Paradise, Calif.", "Normal, Illinois"), or "in" and a county's
 * ("Paradise in Butte County"): "Mission in Afghanistan" is everyday English, and "Police in
 * Madison County" no town of Poland.
 */
function beforeHolder(ctx: SpotContext, end: number, hits: NameHit[]): boolean {
  const comma = !!ctx.tokens[end] && /^\s*,\s*$/.test(ctx.text.slice(ctx.tokens[end - 1]!.end, ctx.tokens[end]!.start));
  const at = comma ? end : linksToHolder(ctx, end, end + 1) ? end + 1 : -1;
  if (at < 0 || !isCapitalised(ctx.tokens[at]!)) return false;
  const { places } = ctx;
  return namesAt(ctx.names, ctx.tokens, at).some(m => m.hits.some(h => !h.demonym && (comma || isCounty(places, h.place)) && hits.some(o => places.holds(h.place, o.place))));
}

/** A region inside a province. */
const isCounty = (places: PlaceTable, place: number): boolean => places.type(place) === 'region' && places.admin1(place) >= 0;

/** "Paradise in Butte County": "in" alone between two names. */
function linksToHolder(ctx: SpotContext, from: number, to: number): boolean {
  return to - from === 1 && !!ctx.tokens[to] && ctx.tokens[from]!.folded === 'in' && ctx.tokens[from]!.spaceBefore && ctx.tokens[to]!.spaceBefore;
}

/** "the City", "The Valley": one word that is never a place, whatever particles come with it. */
function onlyNeverPlace(tokens: Token[], start: number, end: number): boolean {
  let word: Token | null = null;
  for (let i = start; i < end; i++) {
    if (isParticle(tokens[i]!)) continue;
    if (word) return false;
    word = tokens[i]!;
  }
  return !!word && NEVER_PLACES.has(word.folded);
}

const countriesAndProvinces = (ctx: SpotContext, hits: NameHit[]): NameHit[] => onlyTypes(ctx, hits, ['country', 'admin1']).filter(h => !h.demonym);

/** A capitalised word on the other side of an "&" next to the name. */
function besideAmpersand(ctx: SpotContext, start: number, end: number): boolean {
  const { tokens, text } = ctx;
  const previous = tokens[start - 1];
  const next = tokens[end];
  const ampersand = (from: number, to: number) => /^\s*&\s*$/.test(text.slice(from, to));
  return (!!previous && isCapitalised(previous) && ampersand(previous.end, tokens[start]!.start)) || (!!next && isCapitalised(next) && ampersand(tokens[end - 1]!.end, next.start));
}

/** A capitalised word right before, neither a sentence start, a common word nor an acronym: "George Washington", "Costco Canada". */
function insideLongerName(ctx: SpotContext, start: number): boolean {
  const before = ctx.tokens[start - 1]!;
  return isCapitalised(before) && !ctx.weak[start - 1] && !isParticle(before) && !isAllCaps(before) &&
    !COMMON_WORDS.has(before.folded) && !DIRECTIONS.has(before.folded) && !/^\p{N}/u.test(before.text);
}

/** "in Turkish", "teaching English": an adjective of a country standing alone after these names a language. */
function isLanguageName(ctx: SpotContext, start: number, end: number): boolean {
  const before = joinedBefore(ctx, start)?.folded;
  const after = joinedAfter(ctx, end);
  return before !== undefined && LANGUAGE_CUES.has(before) && (!after || FUNCTION_WORDS.has(after.folded));
}

const SAINTS = new Set(['st', 'saint', 'ste', 'sainte']);

/**
 * "St. Patrick's Day", "St. John's Lutheran School": a saint's name with "'s" and a capitalised
 * word after it names a day, a church or a school, not the town named after the saint.
 */
function namesAfterSaint(ctx: SpotContext, start: number, end: number): boolean {
  const possessive = ctx.tokens[end];
  const next = ctx.tokens[end + 1];
  return (
    SAINTS.has(ctx.tokens[start]!.folded) && !!possessive && !!next && possessive.folded === 's' &&
    possessive.start === ctx.tokens[end - 1]!.end + 1 && next.spaceBefore && isCapitalised(next)
  );
}

// "Sabah al-Numani", "Omar bin Laden": a name followed by a lineage particle and a capital is a person's.
const LINEAGE = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ben', 'ould']);

function startsArabicName(ctx: SpotContext, end: number): boolean {
  const particle = ctx.tokens[end];
  const name = ctx.tokens[end + 1];
  return !!particle && !!name && LINEAGE.has(particle.folded) && !name.breakBefore && isCapitalised(name);
}
