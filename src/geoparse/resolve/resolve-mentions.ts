import type { GazetteerIndex } from '../gazetteer/load-gazetteer.ts';
import type { NameHit } from '../gazetteer/name-index.ts';
import type { PlaceTable } from '../gazetteer/place-table.ts';
import type { Candidate } from '../spot/candidate.ts';
import type { Lang } from '../types.ts';
import { ArticleContext, type Reading } from './article-context.ts';
import { fitsHint, prior } from './priors.ts';
import { fold } from '../text/fold.ts';

/** A candidate span with the place it was resolved to. */
export interface ResolvedMention {
  candidate: Candidate;
  hit: NameHit;
  /** 0..1: the chosen reading's share of the evidence. */
  confidence: number;
}

const ROUNDS = 2;

/** A town of a province's name is the province's capital, that its name means, from this size: Sơn La has 19,000 people. */
const CAPITAL_TOWN_POPULATION = 10_000;

/** A town this big is a province of its own in Vietnam (Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ: 800,000 and more); the other provinces' namesake towns have 250,000 or fewer. */
const MUNICIPALITY_POPULATION = 500_000;

/** A town abroad smaller than this, that nothing in the words places, may be a stray (see strayTowns). */
const STRAY_TOWN_POPULATION = 100_000;
/** ...in an article that names more places than this. */
const STRAY_TOWN_CONTEXT = 3;

interface Group {
  candidates: Candidate[];
  /** Every reading any occurrence of the name allows. */
  hits: NameHit[];
  /** Readings' evidence that does not change between rounds: prior, generic word, ", Province" after it, a county and town named together. */
  base: number[];
  choice: number;
  /** Every occurrence names a feature after the place ("the Tana River"): a reading needs its country in the article. */
  feature: boolean;
}

/**
 * Candidates → resolved mentions. Every occurrence of the same name in an article means the same
 * place. A name is first read by priors alone (bigger, coarser places first; a generic word before
 * it like "tỉnh", a following ", Province" and a namesake county or town of another name count
 * too); then, twice, each name takes the reading most consistent with the places the other names
 * were given: in a country already mentioned, inside a province, county or city already
 * mentioned, holding places already mentioned, near the other places.
 */
export function resolveMentions(candidates: Candidate[], gazetteer: GazetteerIndex, lang: Lang): ResolvedMention[] {
  const places = gazetteer.table;
  const groups = groupByName(candidates, places, lang);
  const listed = listSiblings(groups);
  favourNested(groups, places);
  for (const g of groups) g.choice = argmax(g.base.map((b, i) => (usable(g, g.hits[i]!, null, places) ? b : -Infinity)));
  // Each round scores every name against the others' readings and takes the best. Once no reading
  // changes, further rounds would repeat this one: its scores are the final ones.
  let scored: number[][] = [];
  for (let round = 0; ; round++) {
    const readings = groups.filter(g => g.choice >= 0).map(readingOf);
    const context = new ArticleContext(readings, places);
    // built only for an article with a village named like a capital or a great city
    let local: ArticleContext | null = null;
    const localContext = () => (local ??= new ArticleContext(readings.filter(r => !farReaching(r, places)), places));
    scored = groups.map((g, k) => scores(g, { all: context, local: localContext }, places, capitalsBeside(groups, listed[k]!, places)));
    if (round === ROUNDS) break;
    let changed = false;
    groups.forEach((g, i) => {
      const choice = argmax(scored[i]!);
      changed ||= choice !== g.choice;
      g.choice = choice;
    });
    if (!changed) break;
  }
  const chosen = groups.map((g, k) => g.hits[argmax(scored[k]!)]?.place ?? -1);
  const strays = strayTowns(groups, chosen, places);
  const out: ResolvedMention[] = [];
  for (const [k, g] of groups.entries()) {
    if (strays.has(k)) continue;
    const ranked = scored[k]!.map((score, i) => ({ hit: g.hits[i]!, score })).filter(r => r.score > -Infinity).sort((a, b) => b.score - a.score);
    if (ranked.length === 0) continue;
    const confidence = ranked.length === 1 ? 0.9 : softmaxTop(ranked.map(r => r.score));
    for (const candidate of g.candidates) {
      // An occurrence whose own words rule out the group's reading ("Turkey" opening a headline may only be the country) takes its best allowed one.
      const top = ranked.find(r => candidate.hits.some(h => h.place === r.hit.place && h.demonym === r.hit.demonym));
      if (top) out.push({ candidate, hit: top.hit, confidence: Math.round(confidence * 100) / 100 });
    }
  }
  return out.sort((a, b) => a.candidate.start - b.candidate.start);
}

function groupByName(candidates: Candidate[], places: PlaceTable, lang: Lang): Group[] {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  const isTown = (place: number) => places.type(place) === 'city' && places.population(place) >= CAPITAL_TOWN_POPULATION;
  // Vietnamese news writes "TP Thái Bình" or "thành phố Thái Bình" for the town named like its
  // province, and the bare name for the province; a city that is a province of its own (Hà Nội,
  // Hải Phòng) is the city either way.
  const bareIsProvince = (province: number, town: number) =>
    lang === 'vi' && places.countryCode(province) === 'VN' && places.population(town) < MUNICIPALITY_POPULATION;
  const biggestCity = (hits: NameHit[]) => hits.reduce<NameHit | null>((best, h) => (places.type(h.place) === 'city' && (!best || places.population(h.place) > places.population(best.place)) ? h : best), null);
  return [...byKey.values()].map(group => {
    // Occurrences of a name mostly share the index's hit list: read each distinct list once.
    const seen = new Set<number>();
    const hits: NameHit[] = [];
    for (const list of new Set(group.map(c => c.hits))) {
      for (const h of list) {
        const id = h.place * 4 + (h.demonym ? 2 : 0) + (h.relative ? 1 : 0);
        if (!seen.has(id)) {
          seen.add(id);
          hits.push(h);
        }
      }
    }
    const datelineCity = group.some(c => c.dateline) ? biggestCity(hits) : null;
    const base = hits.map(h => {
      const type = places.type(h.place);
      let score = prior(places, h.place) + (byOwnName(h, places) ? OWN_NAME : 0);
      // "Raqqa", "Deir ez-Zor": a name shared by a province and its capital means the capital unless
      // a word says province; named twice there, the capital comes before namesakes elsewhere
      // (Gaza before Mozambique's Gaza province). A village of the province's name is no capital.
      // Vietnamese news of Vietnam is the other way round (bareIsProvince).
      const capital = type === 'admin1' ? biggestCity(hits.filter(o => places.admin1(o.place) === h.place && isTown(o.place))) : null;
      if (capital) score = bareIsProvince(h.place, capital.place) ? Math.max(score, prior(places, capital.place) + OWN_NAME) + 0.5 : score - 3;
      const province = places.admin1(h.place);
      if (isTown(h.place) && hits.some(o => o.place === province) && !bareIsProvince(province, h.place)) score = Math.max(score, prior(places, province)) + 0.5;
      if (group.some(c => c.typeHint && fitsHint(type, c.typeHint))) score += 4;
      // An agency's dateline names a city alone only when the world knows which ("WASHINGTON (AP)").
      if (h === datelineCity) score += DATELINE;
      if (group.some(c => c.container && holds(c.container, h.place, places))) score += 6;
      // "Mường Lát, Thanh Hóa", "quận Long Biên, Hà Nội": after a place and a comma, the city or
      // province holding it, not a namesake of either.
      if (group.some(c => c.contained?.some(o => o.place !== h.place && (places.parent(o.place) === h.place || places.admin1(o.place) === h.place)))) score += 6;
      return score;
    });
    return { candidates: group, hits, base, choice: -1, feature: group.every(c => c.namesFeature) };
  });
}

/**
 * What a reading by the place's own name gains over one by another of its names: "Augusta" is
 * Augusta, Georgia, before Augsburg, whose Latin name it was; "Kaliningrad" is the city, not the
 * Korolev that once had the name.
 */
const OWN_NAME = 0.8;
const byOwnName = (h: NameHit, places: PlaceTable): boolean => places.isNamed(h.place, h.spelling);

/** What the biggest city of a name gains when the name is an agency's dateline. */
const DATELINE = 4;

/** What a name gains when another name of the article can be read as the place holding it, and that name as much. */
const NESTED = 2;
const SEVERAL = -1;

/**
 * "Walker County ... Huntsville": when one name can be read as a county and another as a town in
 * it, both readings gain, whatever either was first read as; two names rarely fit by chance. The
 * rounds alone cannot find such a pair when both names have namesakes elsewhere.
 */
function favourNested(groups: Group[], places: PlaceTable): void {
  // place → the group that can read a name as it, or SEVERAL
  const reader = new Map<number, number>();
  groups.forEach((g, k) => {
    for (const h of g.hits) {
      const r = reader.get(h.place);
      reader.set(h.place, r === undefined || r === k ? k : SEVERAL);
    }
  });
  const holders = new Set<number>();
  groups.forEach((g, k) => {
    g.hits.forEach((h, i) => {
      const parent = places.parent(h.place);
      const r = parent < 0 ? undefined : reader.get(parent);
      if (r === undefined || r === k) return;
      g.base[i]! += NESTED;
      holders.add(parent);
    });
  });
  for (const g of groups) {
    g.hits.forEach((h, i) => {
      if (holders.has(h.place)) g.base[i]! += NESTED;
    });
  }
}

/** A group's current reading, with how often the article writes its name. All of one shape: the context reads many of them. */
function readingOf(g: Group): Reading {
  const hit = g.hits[g.choice]!;
  return { place: hit.place, demonym: hit.demonym, times: g.candidates.length };
}

/** A country or a capital: a name the article may give for the nation, not for a place near a town. */
const nationalLevel = (place: number, places: PlaceTable) => places.type(place) === 'country' || places.capital(place);

/**
 * A name that says nothing of where a village is: a country, a capital, or a state named once or
 * twice ("the New York Yankees", "shares fell in New York"). A state the article names again and
 * again is where its story is.
 */
const farReaching = (r: Reading, places: PlaceTable) => nationalLevel(r.place, places) || (places.type(r.place) === 'admin1' && r.times < HOME_STATE_TIMES);
const HOME_STATE_TIMES = 3;

/** How much smaller than a capital or a great city of its name a town must be for far-reaching names to be no evidence for it. */
const TOWN_TO_NAMESAKE = 50;
/** A city this big is what its name means anywhere (London, Liverpool, Boston), unless the words place a village of the name. */
const GREAT_CITY = 500_000;

function scores(g: Group, contexts: { all: ArticleContext; local: () => ArticleContext }, places: PlaceTable, amongCapitals: boolean): number[] {
  const { all } = contexts;
  const own = g.choice >= 0 ? readingOf(g) : null;
  // One reading: context cannot change the choice, only whether a relative name is usable.
  if (g.hits.length === 1) return [usable(g, g.hits[0]!, all, places, own) ? g.base[0]! : -Infinity];
  // "Warsaw and then Washington", "Germany, France and Britain ... Washington": a village that
  // shares a capital's name is meant only where places near it are named, not where the capital
  // or country beside it is. So is one that shares a great city's name: "Liverpool" beside "New
  // York" is not Liverpool, New York.
  const famous = Math.max(0, ...g.hits.map(h => (places.capital(h.place) || places.population(h.place) >= GREAT_CITY ? places.population(h.place) : 0)));
  return g.hits.map((h, i) => {
    if (!usable(g, h, all, places, own)) return -Infinity;
    const listedCapital = amongCapitals && places.capital(h.place) ? LISTED_CAPITAL : 0;
    const village = places.type(h.place) === 'city' && !places.capital(h.place) && places.population(h.place) * TOWN_TO_NAMESAKE < famous;
    return g.base[i]! + (village ? contexts.local() : all).affinity(h.place, own) + listedCapital;
  });
}

/** What a capital's reading gains when the names listed with it are read as capitals. */
const LISTED_CAPITAL = 3;

/** For each group, the groups of the names listed next to one of its occurrences. */
function listSiblings(groups: Group[]): number[][] {
  const groupOf = new Map<Candidate, number>();
  groups.forEach((g, k) => g.candidates.forEach(c => groupOf.set(c, k)));
  const siblings = groups.map(() => new Set<number>());
  groups.forEach((g, k) => {
    for (const c of g.candidates) {
      const before = c.listedAfter ? groupOf.get(c.listedAfter) : undefined;
      if (before === undefined || before === k) continue;
      siblings[k]!.add(before);
      siblings[before]!.add(k);
    }
  });
  return siblings.map(s => [...s]);
}

/**
 * "from Beirut to Amman, Riyadh and Doha": a list of names is mostly of one kind, and when the
 * others are read as capitals, a capital is meant, not a village of the article's country.
 */
function capitalsBeside(groups: Group[], siblings: number[], places: PlaceTable): boolean {
  return siblings.some(k => {
    const g = groups[k]!;
    return g.choice >= 0 && places.capital(g.hits[g.choice]!.place);
  });
}

/**
 * "Since Obama took office", "Honda recalled cars": in an article about places elsewhere, a small
 * town in a country no other name is in, named bare (no "in" or generic word before it, no
 * ", Country" holding it after it: "Obama in Orange County" is no town in Japan), is a person or a
 * thing that shares the town's name. Returns their groups.
 */
function strayTowns(groups: Group[], chosen: number[], places: PlaceTable): Set<number> {
  const strays = new Set<number>();
  if (new Set(chosen.filter(p => p >= 0)).size <= STRAY_TOWN_CONTEXT) return strays;
  const countries = new Map<string, number>();
  for (const p of chosen) if (p >= 0) countries.set(places.countryCode(p), (countries.get(places.countryCode(p)) ?? 0) + 1);
  chosen.forEach((p, k) => {
    if (p < 0 || places.type(p) !== 'city' || places.capital(p) || places.population(p) >= STRAY_TOWN_POPULATION) return;
    if (countries.get(places.countryCode(p))! > 1) return;
    if (groups[k]!.candidates.some(c => c.afterLocative || c.typeHint || (c.container && holds(c.container, p, places)))) return;
    strays.add(k);
  });
  return strays;
}

/**
 * A district named without its city ("the Old City") is that district only where the city is in
 * the text; a district named in full ("al-Shifa") needs its city or its country there: beside
 * Gaza it is the hospital, not Mosul's district. So does a district whose city the gazetteer does
 * not know (most of GeoNames' sections of cities): "Victoria Park" in a Hong Kong story is no
 * suburb of Perth, and "Chapman" or "Fisher" in an American one no suburb of Canberra. So does a
 * town a feature is named after: "the Tana River" in a Kenyan story is not by Antananarivo, whose
 * short name is Tana.
 */
function usable(g: Group, hit: NameHit, context: ArticleContext | null, places: PlaceTable, own: Reading | null = null): boolean {
  const parent = places.parent(hit.place);
  if (hit.relative) return !!context && context.mentions(parent, own);
  if (g.feature ? isLandItself(hit, places) : places.type(hit.place) !== 'district' || (parent >= 0 && namesItsCity(hit, places.name(parent)))) return true;
  return !!context && ((parent >= 0 && context.mentions(parent, own)) || context.namesCountry(places.countryCode(hit.place), own));
}

/** "Delaware Bay", "Jordan Valley": a feature named after a country or a province is on its land or shore. "Indian Lake" is not in India. */
const isLandItself = (hit: NameHit, places: PlaceTable): boolean => !hit.demonym && (places.type(hit.place) === 'country' || places.type(hit.place) === 'admin1');

/** "West Mosul", "Thành cổ Mosul": a district's name that says its city. */
const namesItsCity = (hit: NameHit, city: string): boolean => ` ${fold(hit.spelling)} `.includes(` ${fold(city)} `);

/** "Paris, Texas", "Silopi, Turkey", "Paradise in Butte County": the next name names a country, province or county holding the place. */
function holds(container: NameHit[], place: number, places: PlaceTable): boolean {
  return container.some(h => !h.demonym && h.place !== place && places.holds(h.place, place));
}

function argmax(xs: number[]): number {
  let best = -1;
  for (let i = 0; i < xs.length; i++) if (xs[i]! > -Infinity && (best < 0 || xs[i]! > xs[best]!)) best = i;
  return best;
}

function softmaxTop(scores: number[]): number {
  const max = Math.max(...scores);
  return 1 / scores.reduce((s, x) => s + Math.exp(x - max), 0);
}
