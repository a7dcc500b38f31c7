import { EN_COMMON_WORDS } from './en-common-words.generated.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Mostly-lowercase English words: a place of that name needs a capital letter that means something. */
export const COMMON_WORDS = set(EN_COMMON_WORDS);

/** Capitalised words that are never places: time words and the like. */
export const NEVER_PLACES = set(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday god christmas easter ramadan eid
`);

/** Words before a name that make it a person's ("Mr Jordan", "President Lincoln", "Sheriff Torres"). */
export const PERSON_TITLES = set(`
  mr mrs ms miss dr sir dame lord lady president vice premier minister chancellor senator sen rep
  representative congressman congresswoman gov governor mayor judge justice sheriff deputy officer
  capt captain lt lieutenant sgt sergeant col colonel gen general maj major adm admiral cmdr commander
  cpl corporal pvt private coach rev reverend father pastor bishop imam rabbi prof professor king queen
  prince princess pope saint st emir sheikh sultan ayatollah spokesman spokeswoman
`);

/** Words after a name that make it an organisation's ("Washington Post", "Al Masdar News"). */
export const ORG_SUFFIXES = set(`
  news post times herald tribune journal gazette daily press agency airlines airways air university
  college institute school academy bank corporation corp company co inc ltd llc group party club fc
  united rangers broadcasting television tv radio media network channel magazine review hospital
  oilers flames canucks jets senators maple raptors cardinals bulls team fund foundation trust society
  association federation council committee commission ministry department police
`);

/** Direction adjectives and their compass word: "eastern Mosul" may name "East Mosul". */
export const DIRECTIONS = new Map<string, string>([
  ['east', 'east'], ['eastern', 'east'], ['west', 'west'], ['western', 'west'],
  ['north', 'north'], ['northern', 'north'], ['south', 'south'], ['southern', 'south'],
  ['northeast', 'northeast'], ['northeastern', 'northeast'], ['northwest', 'northwest'], ['northwestern', 'northwest'],
  ['southeast', 'southeast'], ['southeastern', 'southeast'], ['southwest', 'southwest'], ['southwestern', 'southwest'],
  ['central', 'central'],
]);

/** Generic words before a name and the kind of place they announce ("the city of Mosul"). */
export const TYPE_CUES_BEFORE = new Map<string, 'city' | 'admin1' | 'water' | 'district'>([
  ['city of', 'city'], ['town of', 'city'], ['village of', 'city'], ['province of', 'admin1'],
  ['state of', 'admin1'], ['governorate of', 'admin1'], ['district of', 'district'], ['river', 'water'],
]);
