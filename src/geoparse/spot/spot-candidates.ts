import type { GazetteerIndex } from '../gazetteer/load-gazetteer.ts';
import type { PlaceTable } from '../gazetteer/place-table.ts';
import { accentedForm, accentedSpelling, withoutTones, type NameHit, type NameIndex } from '../gazetteer/name-index.ts';
import type { Token } from '../text/tokenize.ts';
import type { Lang, PlaceType } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { isAllCaps, isCapitalised, weakCapitals } from './capitalisation.ts';
import { afterLocative, afterPlaceAndHolderLink, followsPlace, hyphened, joinedBefore, type LanguageRules, type SpotContext } from './language-rules.ts';
import { personNames } from './person-names.ts';
import { vehicleMakes } from './vehicle-names.ts';
import { nonPlaceIndex } from './non-places.ts';
import { hasVietnameseLetter } from '../lang/vi.ts';
import { englishRules } from './rules-en.ts';
import { vietnameseRules } from './rules-vi.ts';
import { keyOf, namesAt } from './walk-names.ts';
import { kindLists, LIST_GAP, type ListedName } from './kind-lists.ts';
import { wordsOf } from '../text/fold.ts';

const RULES: Record<Lang, LanguageRules> = { en: englishRules, vi: vietnameseRules };

/**
 * Tokens → candidate spans: left to right, the longest name the gazetteer knows that the words
 * around it allow, skipping names of organisations that contain place names.
 */
export function spotCandidates(text: string, tokens: Token[], lang: Lang, gazetteer: GazetteerIndex): Candidate[] {
  const rules = RULES[lang];
  const ctx: SpotContext = { text, tokens, weak: weakCapitals(tokens, text), places: gazetteer.table, names: gazetteer.names, previous: null, otherNames: new Set([...personNames(tokens, text), ...vehicleMakes(tokens)]), accented: new Map() };
  const nonPlaces = nonPlaceIndex();
  const listed = kindLists(tokens, text, gazetteer.names, rules.kindLists);
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Every name starts with a capital, or lead words before one ("al-Shifa", "sông Hồng"): other words need no lookup.
    if (!isCapitalised(tokens[i]!) && !leadsToCapital(rules, tokens, i, tokens.length)) {
      i++;
      continue;
    }
    const skip = namesAt(nonPlaces, tokens, i).find(m => capitalisedName(rules, text, tokens, i, m.end));
    if (skip) {
      i = skip.end;
      continue;
    }
    const inList = listed.get(i);
    const candidate = inList?.hits ? listedCandidate(ctx, rules, i, inList, inList.hits) : withListKind(longerInside(ctx, rules, gazetteer.names, bestCandidateAt(ctx, rules, gazetteer.names, i)), inList);
    if (!candidate) {
      i++;
      continue;
    }
    if (afterPlaceAndHolderLink(ctx, rules, candidate.tokenStart)) {
      ctx.previous!.container = candidate.hits;
      candidate.contained = ctx.previous!.hits;
    }
    if (ctx.previous && LIST_GAP.test(text.slice(ctx.previous.end, candidate.start))) candidate.listedAfter = ctx.previous;
    if (tokens[candidate.tokenStart]!.lineStart && AGENCY_CREDIT.test(text.slice(candidate.end, candidate.end + 40))) candidate.dateline = true;
    out.push(candidate);
    ctx.previous = candidate;
    i = candidate.tokenEnd;
  }
  return out;
}

/** "Jackson" in "Jackson and Barrow counties": read as the gazetteer's "Jackson County". */
function listedCandidate(ctx: SpotContext, rules: LanguageRules, i: number, listed: ListedName, hits: NameHit[]): Candidate {
  const { tokens } = ctx;
  return {
    start: tokens[i]!.start, end: tokens[listed.end - 1]!.end, tokenStart: i, tokenEnd: listed.end, key: listed.key, hits,
    typeHint: listed.kind.type,
    afterLocative: afterLocative(ctx, rules.locatives, i),
  };
}

/** A name of such a list that the gazetteer has only bare ("Nam Định" after "các tỉnh Thái Bình,") takes the list's kind. */
function withListKind(candidate: Candidate | null, listed: ListedName | undefined): Candidate | null {
  if (candidate && listed && candidate.tokenEnd === listed.end) candidate.typeHint ??= listed.kind.type;
  return candidate;
}

/** An agency's credit right after a name, which makes the name a dateline: " (AP) —", " (Reuters) -". */
const AGENCY_CREDIT = /^\s*\(\p{Lu}[\p{L}. ]{0,30}\)\s*[-–—]/u;


function bestCandidateAt(ctx: SpotContext, rules: LanguageRules, names: NameIndex, i: number): Candidate | null {
  const { tokens } = ctx;
  for (const match of namesAt(names, tokens, i)) {
    if (!capitalisedName(rules, ctx.text, tokens, i, match.end) || needlessArticle(ctx, names, i, match)) continue;
    if (match.end - i === 1 && ctx.otherNames.has(tokens[i]!.folded) && !afterLocative(ctx, rules.locatives, i)) continue;
    const hits = rules.filterHits(ctx, i, match.end, notAfterCountry(ctx, i, byAbbreviation(ctx, i, match.end, byAccents(ctx, rules, i, match.end, byCase(ctx, i, match.end, match.hits)))));
    if (hits.length === 0) continue;
    const candidate: Candidate = {
      start: tokens[i]!.start, end: endWithFullStop(ctx, i, match.end, hits), tokenStart: i, tokenEnd: match.end, key: keyOf(tokens, i, match.end), hits,
      typeHint: rules.typeHint(ctx, i, match.end),
      afterLocative: afterLocative(ctx, rules.locatives, i),
    };
    if (rules.featureAfter(ctx, match.end)) candidate.namesFeature = true;
    return widenToNamedPart(ctx, rules, names, candidate) ?? candidate;
  }
  return null;
}

/**
 * "the Netherlands" is the name "Netherlands" after an article, as "the Gambia" is: a name the
 * gazetteer also has with "the" is read without it when the rest names the same places. "the
 * Gulf" keeps it: "Gulf" alone is also a province of Papua New Guinea.
 */
function needlessArticle(ctx: SpotContext, names: NameIndex, i: number, match: { end: number; hits: NameHit[] }): boolean {
  const first = ctx.tokens[i]!;
  if (first.folded !== 'the' || first.capital || match.end - i < 2) return false;
  const rest = namesAt(names, ctx.tokens, i + 1).find(m => m.end === match.end);
  return !!rest && rest.hits.every(h => match.hits.some(o => o.place === h.place));
}

/**
 * "the Gulf of Aden": a name that starts inside the one found and goes further is the one meant,
 * not "the Gulf" before it.
 */
function longerInside(ctx: SpotContext, rules: LanguageRules, names: NameIndex, found: Candidate | null): Candidate | null {
  if (!found) return null;
  for (let j = found.tokenStart + 1; j < found.tokenEnd; j++) {
    // Only a name that goes further is worth the rules: namesAt gives the longest first.
    if (!isCapitalised(ctx.tokens[j]!) || (namesAt(names, ctx.tokens, j)[0]?.end ?? 0) <= found.tokenEnd) continue;
    const inside = bestCandidateAt(ctx, rules, names, j);
    if (inside && inside.tokenEnd > found.tokenEnd) return inside;
  }
  return found;
}

/**
 * "Tây Mosul", "eastern Mosul", "Thành cổ Mosul": a compass word or a part-of-city phrase before a
 * name makes a different place when the gazetteer has it ("West Mosul", "Old City of Mosul");
 * otherwise the mention is of the name alone.
 */
function widenToNamedPart(ctx: SpotContext, rules: LanguageRules, names: NameIndex, c: Candidate): Candidate | null {
  const name = keyOf(ctx.tokens, c.tokenStart, c.tokenEnd);
  const widen = (from: number, hits: NameHit[] | undefined): Candidate | null =>
    hits?.length ? { ...c, start: ctx.tokens[from]!.start, tokenStart: from, key: keyOf(ctx.tokens, from, c.tokenEnd), hits } : null;
  const direction = rules.directionBefore(ctx, c.tokenStart);
  if (direction) {
    // "miền Nam Li-băng": the part may be under the place's English name ("South Lebanon").
    const spellings = [name, ...new Set(c.hits.map(h => wordsOf(ctx.places.name(h.place)).join(' ')))];
    const keys = spellings.flatMap(n => [`${direction.compass} ${n}`, `${n} ${direction.compass}`]);
    const found = keys.map(k => widen(direction.from, names.hitsOf(k)?.filter(h => !h.relative && partOf(ctx.places, h.place, c.hits)))).find(Boolean);
    if (found) return found;
  }
  const part = rules.cityPartBefore(ctx, c.tokenStart);
  if (part) {
    const parents = new Set(c.hits.map(h => h.place));
    const named = [`${part.part} of ${name}`, `${name} ${part.part}`].map(k => names.hitsOf(k)?.filter(h => !h.relative));
    const relative = names.hitsOf(part.part)?.filter(h => h.relative && parents.has(ctx.places.parent(h.place)));
    return [...named, relative].map(hits => widen(part.from, hits)).find(Boolean) ?? null;
  }
  return null;
}

/**
 * "eastern Mosul" is East Mosul, a district of the city, and "miền Nam Li-băng" a province of the
 * country; "north Arlington" is a part of Arlington, not the town of North Arlington elsewhere.
 */
function partOf(places: PlaceTable, place: number, whole: NameHit[]): boolean {
  return whole.some(w => places.holds(w.place, place));
}

/**
 * Proper names start and end with a capital (or a digit: "Qadisiya 2"), or open with lead words
 * before one ("al-Shifa", "sông Hồng", "quần đảo Trường Sa"), or end in a syllable after a hyphen
 * ("I-rắc"); inner words may be particles ("Deir ez-Zor").
 */
function capitalisedName(rules: LanguageRules, text: string, tokens: Token[], from: number, to: number): boolean {
  const firstOk = isCapitalised(tokens[from]!) || leadsToCapital(rules, tokens, from, to);
  return firstOk && (isCapitalised(tokens[to - 1]!) || (to - from > 1 && hyphened(text, tokens[to - 2]!, tokens[to - 1]!)));
}

/** One or two lead words, then a capital, before token `to`: "sông Hồng", "quần đảo Trường Sa". */
function leadsToCapital(rules: LanguageRules, tokens: Token[], from: number, to: number): boolean {
  // capitals first: this runs on every lowercase word
  const next = from + 1 < to ? tokens[from + 1] : undefined;
  if (!next) return false;
  if (isCapitalised(next)) return rules.leadsName(tokens[from]!);
  const third = from + 2 < to ? tokens[from + 2] : undefined;
  return !!third && isCapitalised(third) && rules.leadsName(next) && rules.leadsName(tokens[from]!);
}


/**
 * Acronyms match only capitals ("US", not "us"); a short word in capitals ("IS", "NASH") matches
 * only an acronym, unless a headline in capitals explains them ("IRAN").
 */
function byCase(ctx: SpotContext, from: number, to: number, hits: NameHit[]): NameHit[] {
  const span = ctx.tokens.slice(from, to);
  const capitals = span.every(isAllCaps);
  const letters = span.reduce((n, t) => n + t.text.length, 0);
  const shortCapitals = capitals && (letters <= 3 || (letters <= 4 && !ctx.weak[from]));
  return hits.filter(h => (h.acronym ? capitals : !shortCapitals));
}

/**
 * Accents must agree: "Một" is not Mott, "Chủ" is not Chũ, and a plain "My" is not Mỹ. English
 * writes the provinces and cities of Vietnam without them ("Quang Ninh"), not its villages.
 */
function byAccents(ctx: SpotContext, rules: LanguageRules, from: number, to: number, hits: NameHit[]): NameHit[] {
  const surface = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
  if (!/[^\x00-\x7f]/.test(surface)) {
    return hits.filter(h => {
      const accented = accentedSpelling(h);
      return accented === undefined || !hasVietnameseLetter(accented) || (rules.unaccentedVietnamese && isMajor(ctx.places, h.place));
    });
  }
  let form = ctx.accented.get(surface);
  if (form === undefined) ctx.accented.set(surface, (form = accentedForm(surface)));
  const exact = hits.filter(h => accentedSpelling(h) === form);
  if (exact.length || to - from < 2) return exact;
  // GeoNames writes some Vietnamese names with a tone left out ("Hôi An" for Hội An): when no
  // spelling agrees in full, a name of several syllables whose Vietnamese letters agree is the
  // place. One syllable is too often another word for that.
  const bare = withoutTones(form);
  return hits.filter(h => {
    const spelling = accentedSpelling(h);
    return spelling !== undefined && hasVietnameseLetter(spelling) && withoutTones(spelling) === bare;
  });
}

/** A division, or a city of this many people: places that foreign news names. */
const MAJOR_CITY_POPULATION = 100_000;
const LOCAL_TYPES: ReadonlySet<PlaceType> = new Set(['city', 'district', 'site']);
const isMajor = (places: PlaceTable, place: number): boolean => !LOCAL_TYPES.has(places.type(place)) || places.population(place) >= MAJOR_CITY_POPULATION;

/** "U.S.", "D.C." and "Ky." end with their full stop, as they are written. */
function endWithFullStop(ctx: SpotContext, from: number, to: number, hits: NameHit[]): number {
  const end = ctx.tokens[to - 1]!.end;
  const dotted = to - from > 1 && ctx.text.slice(ctx.tokens[to - 2]!.end, ctx.tokens[to - 1]!.start) === '.';
  return (dotted || hits.some(h => h.abbreviation)) && ctx.text[end] === '.' ? end + 1 : end;
}

/**
 * An abbreviation ("Ky.", "Man.") needs its full stop and a town's name and a comma before it
 * ("London, Ky.", "Churchill, Man.", "Cambridge City, Ind.", a town the gazetteer may not have):
 * alone, "Man." ends a sentence about a man. Dotted initials ("B.C.", "N.Y.") stand alone.
 */
function byAbbreviation(ctx: SpotContext, from: number, to: number, hits: NameHit[]): NameHit[] {
  if (!hits.some(h => h.abbreviation)) return hits;
  const end = ctx.tokens[to - 1]!.end;
  const stop = ctx.text[end] === '.';
  const initials = to - from > 1;
  const before = ctx.tokens[from - 1];
  const dateline = !!before && isCapitalised(before) && /^\s*,\s*$/.test(ctx.text.slice(before.end, ctx.tokens[from]!.start));
  return hits.filter(h => !h.abbreviation || (stop && (initials || dateline)));
}

/** "Tổng thống Mỹ Obama", "U.S. Gen. Volesky": a town's name right after a country's is a person's. */
function notAfterCountry(ctx: SpotContext, start: number, hits: NameHit[]): NameHit[] {
  const previous = ctx.previous;
  if (!previous || !followsPlace(ctx, start) || !joinedBefore(ctx, start)) return hits;
  const afterCountry = previous.hits.every(h => !h.demonym && ctx.places.type(h.place) === 'country');
  return afterCountry ? hits.filter(h => ctx.places.type(h.place) !== 'city') : hits;
}
