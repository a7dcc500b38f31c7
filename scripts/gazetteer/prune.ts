/**
 * GeoNames alternate names are a wiki: next to real spellings ("Telafer", "Bagdad") a town carries
 * its province's name ("Gia Lai" on Pleiku), a country's ("Laos" on Lào Cai), English words
 * ("Elbow" on Portland, "Swamp" on Quakertown) and now and then another town's name
 * ("Springfield" on Palmyra). Each makes an ordinary word or a bigger place in an article read as
 * the town. This prunes them before the curated aliases are added (those are never pruned).
 */
import { EN_COMMON_WORDS } from '../../src/geoparse/lang/en-common-words.generated.ts';
import type { PlaceDraft } from './feature.ts';
import { bareNameKey, foldName, isLatinScript, isNamePlusSettlementWord, looksAlike, similarity, SIMILAR_SPELLING, spelling, type Spelling } from './names.ts';

export type PruneRule = 'division-or-country' | 'common-word' | 'stray' | 'qualified' | 'other-town';

export const PRUNE_RULES: readonly PruneRule[] = ['division-or-country', 'common-word', 'stray', 'qualified', 'other-town'];

/** Below this many people a town is not what an article means by a common word or an odd spelling. */
export const SMALL_TOWN = 100_000;

const COMMON_WORDS: ReadonlySet<string> = new Set(EN_COMMON_WORDS.split(' '));

export interface PruneContext {
  /** Bare keys (`bareNameKey`) of every name of every country. */
  countryKeys: ReadonlySet<string>;
  /** Bare keys of every name of each first-level division, by id. */
  admin1Keys: ReadonlyMap<string, ReadonlySet<string>>;
  /** Bare keys of the towns' own names (GeoNames' main names), by country code. */
  townKeys: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface Dropped {
  rule: PruneRule;
  name: string;
}

/**
 * Norwegian and Swedish Wikipedia tell namesakes apart with the region after "i" or "på" ("Toledo
 * i Spania", "Nelson på New Zealand", "Kurgan i Kurgan oblast"), and GeoNames keeps those titles
 * as names. The town's name before it is already a name of its own.
 */
const QUALIFIER = / (?:i|pa|på) \p{Lu}/u;

function isQualifiedName(name: string, town: Town): boolean {
  const at = name.search(QUALIFIER);
  if (at < 0) return false;
  const head = foldName(name.slice(0, at));
  return town.all.some(n => foldName(n) === head);
}

/** A town's own name (GeoNames' main name) and its other Latin-script names, as the rules compare them. */
interface Town {
  draft: PlaceDraft;
  keys: Set<string>;
  main: Spelling[];
  /** The division the town lies in has the town's name: Deir ez-Zor city in Deir ez-Zor Governorate. */
  namesake: boolean;
  /** The town is named like a country (Lebanon, Ohio): the country's names in other scripts are its own too. */
  countryNamesake: boolean;
  latin: () => Spelling[];
  /** All its names, own and alternate. */
  all: string[];
}

/**
 * Which rule, if any, drops one alternate name of a town.
 * - division-or-country: the name is a country's or the town's division's, and not a spelling of
 *   the town's own name: "Laos" on Lào Cai, "Gia Lai" on Pleiku, and the bigger place's name that
 *   a "… City" town carries without its kind ("Oklahoma" on Oklahoma City, "Kuwait" on Kuwait
 *   City), and the division's name that is the town's with more words ("Rio Grande do Sul" on Rio
 *   Grande). Barishal keeps "Barisal" (spelled alike), Panamá keeps "Panama" (its own name), Lebanon
 *   (Ohio) keeps "لبنان", and a town that gives its name to its division keeps the division's
 *   spellings (Deir ez-Zor keeps "Dayr az Zawr");
 * - common-word: an `alt` name that is one English word ("The" aside) on a town under 100,000;
 * - qualified: a name with its region after it ("Toledo i Spania", see `QUALIFIER`), whatever the town's size;
 * - other-town: on a town under 100,000, an `alt` name that is another town's own name in the same
 *   country, mostly a name it had once ("Maryville" on Beeville, "Watertown" on Wethersfield): an
 *   article means the town that has the name now. Chennai keeps "Madras" (Oregon has one).
 * - stray: on a town under 100,000, an `alt` name that starts with other letters than every other
 *   name of the town, shares no word with its own name and is not spelled like it ("Springfield"
 *   on Palmyra, "Skylight City" on Flagstaff). The last condition keeps transliterations that
 *   differ from the first letters on ("Tekrit" for Tikrīt, "Jabrud" for Yabrūd, "Xaneqin").
 */
function ruleFor(name: string, list: 'alt' | 'vi' | 'ar', town: Town, ctx: PruneContext): PruneRule | null {
  const key = bareNameKey(name);
  if (town.keys.has(key)) return null;
  const self = spelling(name);
  const sharesWord = town.main.some(m => m.words.some(w => self.words.includes(w)));
  const partOfOwn = town.main.some(m => isNamePlusSettlementWord(name, m.name));
  if (ctx.countryKeys.has(key) && !town.countryNamesake && (partOfOwn || !sharesWord)) return 'division-or-country';
  const division = ctx.admin1Keys.get(town.draft.admin1 ?? '');
  // "Rio Grande do Sul" on Rio Grande: the division's name is the town's with more words after it
  const extendsOwn = town.main.some(m => m.words.length < self.words.length && m.words.every(w => self.words.includes(w)));
  if (division?.has(key) && !town.namesake && (partOfOwn || extendsOwn || !town.main.some(m => looksAlike(self, m)))) return 'division-or-country';
  if (list === 'alt' && isQualifiedName(name, town)) return 'qualified';
  // Vietnamese exonyms ("Bắc Kinh") differ from the local name by design; Arabic names are no English words.
  if (list !== 'alt' || town.draft.population >= SMALL_TOWN) return null;
  if (ctx.townKeys.get(town.draft.countryCode)?.has(key)) return 'other-town';
  const plain = foldName(name).split(' ').filter((w, i) => !(i === 0 && w === 'the'));
  if (plain.length === 1 && COMMON_WORDS.has(plain[0]!)) return 'common-word';
  if (sharesWord || town.main.some(m => similarity(self, m) >= SIMILAR_SPELLING)) return null;
  return town.latin().some(o => o.name !== name && (o.start === self.start || o.skeleton === self.skeleton)) ? null : 'stray';
}

/**
 * A GeoNames town with its implausible alternate names taken out of `alt`, `names.vi` and
 * `names.ar`, and what was dropped by which rule. `names.en` (the GeoNames name) is the town's
 * own and stays.
 */
export function pruneTownNames(draft: PlaceDraft, ctx: PruneContext): { town: PlaceDraft; dropped: Dropped[] } {
  const main = [...new Set([draft.name, ...draft.names.en])];
  const division = ctx.admin1Keys.get(draft.admin1 ?? '');
  const keys = new Set(main.map(bareNameKey));
  let latin: Spelling[] | undefined;
  const town: Town = {
    draft,
    keys,
    main: main.map(spelling),
    namesake: !!division && [...keys].some(k => division.has(k)),
    countryNamesake: [...keys].some(k => ctx.countryKeys.has(k)),
    latin: () => (latin ??= [...new Set([...main, ...draft.names.vi, ...draft.alt])].filter(isLatinScript).map(spelling)),
    all: [...main, ...draft.names.vi, ...draft.alt],
  };
  const dropped: Dropped[] = [];
  const keep = (names: string[], list: 'alt' | 'vi' | 'ar'): string[] =>
    names.filter(name => {
      const rule = ruleFor(name, list, town, ctx);
      if (rule) dropped.push({ rule, name });
      return !rule;
    });
  return {
    town: { ...draft, names: { en: draft.names.en, vi: keep(draft.names.vi, 'vi'), ar: keep(draft.names.ar, 'ar') }, alt: keep(draft.alt, 'alt') },
    dropped,
  };
}
