import { EN_COMMON_WORDS } from './en-common-words.generated.ts';
import { EN_FIRST_NAMES } from './en-first-names.generated.ts';

import type { ListKind } from '../spot/kind-lists.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Mostly-lowercase English words: a place of that name needs a capital letter that means something. */
// Words news uses as ordinary nouns ("Metro police", "an Eagle Scout") that film subtitles, SUBTLEX's
// source, use too rarely to make the generated list.
export const COMMON_WORDS = set(`${EN_COMMON_WORDS} metro eagle grove`);


/** Verbs after a name that make it a speaker: "Burton said", "Slater told CTV". */
export const SPEECH_VERBS = set(`
  said says told tells added adds explained explains testified wrote writes stated noted notes argued argues
  recalled recalls replied asked asks continued continues insisted insists warned warns admitted admits
`);

/** Prepositions of place before a name: "Officials in London said" is London, not a speaker. */
export const LOCATIVES = set('in at from near inside outside across throughout around');

/** Words after a name that make it a place's name: "Metcalfe County", "Albany Road" are not surnames. */
export const PLACE_WORDS = set(`
  county city town village province state region district river lake mountain mountains valley island islands
  bay sea ocean gulf coast beach park road street avenue square airport port harbour harbor bridge border
`);

/**
 * Capitalised words that are never places on their own: time words, compass words ("the South",
 * "East Central Hospital"), the head nouns of institutions' names ("Columbia University"), peoples
 * and faiths ("Arab countries"), and the generic words of places' names ("Red River Valley", "the
 * City"), although small towns bear some of them. "Gulf" stays: "the Gulf" is a sea in world news.
 */
export const NEVER_PLACES: ReadonlySet<string> = new Set([
  ...set(`
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday god christmas easter ramadan eid
    north south east west central northern southern eastern western
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern
    university college institute academy hospital
    arab arabs jewish muslim christian catholic hispanic latino
  `),
  ...[...PLACE_WORDS].filter(word => word !== 'gulf'),
]);

/** Words after any name that make it a street's: "Patrick Street", "Pennsylvania Avenue" (the gazetteer has no streets). */
export const STREET_WORDS = set('street st avenue ave boulevard blvd lane drive');
/** ...and after a town's name a road's or a park's: "Penn Park". A road may be named for the province it leads to. */
export const ROAD_WORDS = set('road highway parkway park');

/** Words before a name that make it a person's ("Mr Jordan", "President Lincoln", "Sheriff Torres"). */
export const PERSON_TITLES = set(`
  mr mrs ms miss dr sir dame lord lady president vice premier minister chancellor senator sen rep
  representative congressman congresswoman gov governor mayor judge justice sheriff deputy officer
  capt captain lt lieutenant sgt sergeant col colonel gen general maj major adm admiral cmdr commander
  cpl corporal pvt private coach rev reverend father pastor bishop imam rabbi prof professor king queen
  prince princess pope saint st emir sheikh sultan ayatollah spokesman spokeswoman
  sister brother monsignor cardinal deacon
`);

/** Car makes that are also towns' names ("Toyota", "Lincoln", "Pontiac", "Cadillac", "Mercedes"), and the others news reports name beside them. */
export const CAR_MAKES = set(`
  toyota honda nissan mazda subaru lexus hyundai kia ford chevrolet chevy dodge chrysler jeep lincoln mercury
  pontiac cadillac buick oldsmobile plymouth saturn gmc volkswagen audi bmw mercedes volvo
`);

/** Navies' prefixes of ships' names, as written: "USS Georgia", "HMS Sheffield", "BRP Sierra Madre" are ships. */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['USS', 'USNS', 'USCGC', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'BRP', 'RFS', 'MV']);

/**
 * Words that head an institution's name after a place's: "Georgia Bureau of Investigation",
 * "Texas Senate". They are no surnames, so the place before them is no first name.
 */
export const INSTITUTION_HEADS = set(`
  bureau ministry department agency commission council committee association federation foundation
  parliament senate congress assembly navy army police patrol
`);

/** Words after a name that make it an organisation's ("Washington Post", "Al Masdar News"). */
// Only brands: news corpora count "Queensland" in "Queensland Police" as a place, and so do we.
export const ORG_SUFFIXES = set(`
  news post times herald tribune journal gazette daily press agency airlines airways broadcasting
  television radio media network channel magazine review oilers flames canucks senators raptors
`);

/** Direction adjectives and their compass word: "eastern Mosul" may name "East Mosul". */
export const DIRECTIONS = new Map<string, string>([
  ['east', 'east'], ['eastern', 'east'], ['west', 'west'], ['western', 'west'],
  ['north', 'north'], ['northern', 'north'], ['south', 'south'], ['southern', 'south'],
  ['northeast', 'northeast'], ['northeastern', 'northeast'], ['northwest', 'northwest'], ['northwestern', 'northwest'],
  ['southeast', 'southeast'], ['southeastern', 'southeast'], ['southwest', 'southwest'], ['southwestern', 'southwest'],
  ['central', 'central'],
]);

/**
 * Common first names: the word after one is a surname ("Jessica McDonald"), a place before a
 * surname is a first name ("Georgia Stevens"). The list also has "North", "Park", "Far" and
 * "Will": as those, they are parts of places' names ("North Texas", "Far North Queensland") or
 * everyday words, not people's.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [...set(EN_FIRST_NAMES.toLowerCase())].filter(name => !DIRECTIONS.has(name) && !PLACE_WORDS.has(name) && !COMMON_WORDS.has(name)),
);

/** Generic words before a name and the kind of place they announce ("the city of Mosul"). */
export const TYPE_CUES_BEFORE = new Map<string, 'city' | 'admin1' | 'water' | 'district'>([
  ['city of', 'city'], ['town of', 'city'], ['village of', 'city'], ['province of', 'admin1'],
  ['state of', 'admin1'], ['governorate of', 'admin1'], ['district of', 'district'], ['river', 'water'],
]);

/**
 * Capitalised words after a name that make it a feature's named after a place ("the Tana River",
 * "Canaan Valley"), where the gazetteer knows the place but not the feature.
 */
export const FEATURE_WORDS = set('river lake mountain mountains valley island islands bay creek hill hills falls canyon peninsula');

/** Words that make a name of several words a water's: "Red Sea", "Strait of Hormuz", "Lake Erie". */
export const WATER_WORDS = set('sea ocean gulf strait straits river canal channel bay lake');

/** Generic words after a name and the kind of place they announce ("the Donetsk region", "Idlib province"). */
export const TYPE_CUES_AFTER = new Map<string, 'admin1'>([
  ['region', 'admin1'], ['province', 'admin1'], ['governorate', 'admin1'], ['oblast', 'admin1'], ['prefecture', 'admin1'], ['state', 'admin1'],
]);

/**
 * Plural kind words and the kind each name of the list before them is: "Jackson and Barrow
 * counties" are Jackson County and Barrow County, "the Tigris and Euphrates rivers" rivers.
 */
export const LIST_KINDS_AFTER: ReadonlyMap<string, ListKind> = new Map([
  ['counties', { word: 'county', type: 'region' }], ['parishes', { word: 'parish', type: 'region' }],
  ['provinces', { word: 'province', type: 'admin1' }], ['governorates', { word: 'governorate', type: 'admin1' }],
  ['states', { word: 'state', type: 'admin1' }], ['oblasts', { word: 'oblast', type: 'admin1' }],
  ['prefectures', { word: 'prefecture', type: 'admin1' }], ['regions', { word: 'region', type: 'admin1' }],
  ['rivers', { word: 'river', type: 'water' }],
]);

/** The same before the list: "counties Cork and Kerry" (Ireland's order), "the provinces of Hunan and Hubei". */
export const LIST_KINDS_BEFORE: ReadonlyMap<string, ListKind> = new Map([
  ['counties', { word: 'county', type: 'region' }], ['counties of', { word: 'county', type: 'region' }],
  ['provinces of', { word: 'province', type: 'admin1' }], ['states of', { word: 'state', type: 'admin1' }],
]);

/** Words that only a language follows: "learned English", "fluent Arabic". */
export const LANGUAGE_VERBS = set(`
  speak speaks speaking spoke spoken teach teaches teaching taught learn learns learning learned
  study studies studying studied fluent translated
`);
/** Words before a country's adjective that make it a language: those, and "in Turkish", "wrote Arabic" (not "into Gaza" for a town). */
export const LANGUAGE_CUES: ReadonlySet<string> = new Set([...LANGUAGE_VERBS, ...set('in into read reads write writes wrote')]);
/** Words after a language's name that no people's name takes: "English language learners", "Arabic speakers". */
export const LANGUAGE_NOUNS = set('language languages speaker speakers speaking translation subtitles dialect');

/** Words that can follow a language's name where they could not follow an adjective's noun: "English to", "Turkish and". */
export const FUNCTION_WORDS = set('and or to at for with in on is was but as from by of than then so');
