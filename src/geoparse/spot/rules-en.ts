import { COMMON_WORDS, DIRECTIONS, NEVER_PLACES, ORG_SUFFIXES, PERSON_TITLES, TYPE_CUES_BEFORE } from '../lang/en.ts';
import { isCapitalised, isParticle } from './capitalisation.ts';
import { foldedBefore, joinedAfter, joinedBefore, onlyTypes, type LanguageRules, type SpotContext } from './language-rules.ts';

export const englishRules: LanguageRules = {
  filterHits(ctx, start, end, hits) {
    const { tokens } = ctx;
    const single = end - start === 1;
    const first = tokens[start]!;
    if (single && (NEVER_PLACES.has(first.folded) || PERSON_TITLES.has(first.folded))) return [];
    const before = joinedBefore(ctx, start);
    if (before && PERSON_TITLES.has(before.folded) && isCapitalised(before)) return [];
    const after = joinedAfter(ctx, end);
    if (after && isCapitalised(after) && ORG_SUFFIXES.has(after.folded)) return [];
    if (after && startsArabicName(ctx, end)) return [];
    if (before && start > ctx.lastPlaceEnd && insideLongerName(ctx, start)) return [];
    if (single && ctx.weak[start] && COMMON_WORDS.has(first.folded)) return onlyTypes(ctx, hits, ['country', 'admin1']).filter(h => !h.demonym);
    return hits;
  },

  directionBefore(ctx, start) {
    const before = joinedBefore(ctx, start);
    const compass = before ? DIRECTIONS.get(before.folded) : undefined;
    return compass ? { from: start - 1, compass } : null;
  },

  cityPartBefore() {
    return null;
  },

  typeHintBefore(ctx, start) {
    return TYPE_CUES_BEFORE.get(foldedBefore(ctx, start, 2) ?? '') ?? TYPE_CUES_BEFORE.get(foldedBefore(ctx, start, 1) ?? '') ?? null;
  },
};

/** A capitalised word right before, that is neither a sentence start nor a common word: "George Washington", "Al Masdar". */
function insideLongerName(ctx: SpotContext, start: number): boolean {
  const before = ctx.tokens[start - 1]!;
  return isCapitalised(before) && !ctx.weak[start - 1] && !isParticle(before) &&
    !COMMON_WORDS.has(before.folded) && !DIRECTIONS.has(before.folded) && !/^\p{N}/u.test(before.text);
}


// "Sabah al-Numani", "Omar bin Laden": a name followed by a lineage particle and a capital is a person's.
const LINEAGE = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ben', 'ould']);

function startsArabicName(ctx: SpotContext, end: number): boolean {
  const particle = ctx.tokens[end];
  const name = ctx.tokens[end + 1];
  return !!particle && !!name && LINEAGE.has(particle.folded) && !name.breakBefore && isCapitalised(name);
}
