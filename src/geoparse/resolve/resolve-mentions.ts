import type { GazetteerIndex } from '../gazetteer/load-gazetteer.ts';
import type { NameHit } from '../gazetteer/name-index.ts';
import type { Candidate } from '../spot/candidate.ts';
import type { PlaceFeature } from '../types.ts';
import { distanceKm } from './distance.ts';
import { fitsHint, prior } from './priors.ts';

/** A candidate span with the place it was resolved to. */
export interface ResolvedMention {
  candidate: Candidate;
  hit: NameHit;
  /** 0..1: the chosen reading's share of the evidence. */
  confidence: number;
}

/** The places an article is about so far: what an ambiguous name is read against. */
interface ArticleContext {
  places: Set<number>;
  countries: Set<string>;
  points: PlaceFeature[];
}

const ROUNDS = 2;

/**
 * Candidates → resolved mentions. Every occurrence of the same name in an article means the same
 * place. A name is first read by priors alone; then, twice, each name takes the reading most
 * consistent with the places the other names were given: in a country already mentioned, inside a
 * province or city already mentioned, near the other places; a generic word before it ("tỉnh")
 * and a following ", Province" settle the kind and the container.
 */
export function resolveMentions(candidates: Candidate[], gazetteer: GazetteerIndex): ResolvedMention[] {
  const groups = groupByName(candidates);
  let choice = new Map<string, NameHit>();
  for (const [key, group] of groups) {
    const scored = scoreGroup(group, gazetteer, null, []);
    if (scored.length) choice.set(key, best(scored).hit);
  }
  for (let round = 0; round < ROUNDS; round++) {
    const next = new Map<string, NameHit>();
    for (const [key, group] of groups) {
      const others = [...choice].filter(([k]) => k !== key).map(([, h]) => h);
      const context = contextOf(others, gazetteer);
      const scored = scoreGroup(group, gazetteer, context, candidates);
      if (scored.length) next.set(key, best(scored).hit);
    }
    choice = next;
  }
  const out: ResolvedMention[] = [];
  for (const [key, group] of groups) {
    const others = [...choice].filter(([k]) => k !== key).map(([, h]) => h);
    const scored = scoreGroup(group, gazetteer, contextOf(others, gazetteer), candidates);
    if (!scored.length) continue;
    const ranked = [...scored].sort((a, b) => b.score - a.score);
    const confidence = ranked.length === 1 ? 0.9 : softmaxTop(ranked.map(s => s.score));
    for (const candidate of group) {
      // An occurrence whose own words rule out the group's reading ("Turkey" opening a headline may only be the country) takes its best allowed one.
      const top = ranked.find(r => candidate.hits.some(h => h.place === r.hit.place && h.demonym === r.hit.demonym));
      if (top) out.push({ candidate, hit: top.hit, confidence: Math.round(confidence * 100) / 100 });
    }
  }
  return out.sort((a, b) => a.candidate.start - b.candidate.start);
}

/** Candidates grouped by what they spell (folded), since one name keeps one meaning in an article. */
function groupByName(candidates: Candidate[]): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const group = groups.get(c.key);
    if (group) group.push(c);
    else groups.set(c.key, [c]);
  }
  return groups;
}

/** Every reading any occurrence of the name allows. */
function hitsOf(group: Candidate[]): NameHit[] {
  const seen = new Set<string>();
  return group.flatMap(c => c.hits).filter(h => {
    const id = `${h.place}/${h.demonym}/${h.relative}`;
    return !seen.has(id) && seen.add(id) !== undefined;
  });
}

interface Scored {
  hit: NameHit;
  score: number;
}

function scoreGroup(group: Candidate[], gazetteer: GazetteerIndex, context: ArticleContext | null, all: Candidate[]): Scored[] {
  const hits = hitsOf(group);
  const scored: Scored[] = [];
  for (const hit of hits) {
    const place = gazetteer.places[hit.place]!;
    // A district named without its city ("the Old City") is that district only where the city is in the text.
    if (hit.relative && !(context && place.properties.parent !== undefined && context.places.has(gazetteer.byId.get(place.properties.parent) ?? -1))) continue;
    let score = prior(place.properties);
    if (group.some(c => c.typeHint && fitsHint(place.properties.type, c.typeHint))) score += 4;
    if (context) score += affinity(place, context, gazetteer) + (followedByContainer(group, place, all, gazetteer) ? 6 : 0);
    scored.push({ hit, score });
  }
  return scored;
}

function affinity(place: PlaceFeature, context: ArticleContext, gazetteer: GazetteerIndex): number {
  const p = place.properties;
  let score = 0;
  if (p.type !== 'country' && p.countryCode && context.countries.has(p.countryCode)) score += 3;
  if (p.admin1 !== undefined && context.places.has(gazetteer.byId.get(p.admin1) ?? -1)) score += 3;
  if (p.parent !== undefined && context.places.has(gazetteer.byId.get(p.parent) ?? -1)) score += 5;
  if (p.type !== 'country' && p.type !== 'region') {
    let nearest = Infinity;
    for (const other of context.points) {
      if (other !== place) nearest = Math.min(nearest, distanceKm(place.geometry.coordinates, other.geometry.coordinates));
    }
    if (nearest < Infinity) score += 2 * Math.exp(-nearest / 250);
  }
  return score;
}

/** "Paris, Texas", "Silopi, Turkey": the next name, after a comma, is a province or country that holds the place. */
function followedByContainer(group: Candidate[], place: PlaceFeature, all: Candidate[], gazetteer: GazetteerIndex): boolean {
  const p = place.properties;
  return group.some(c => {
    const next = all.find(o => o.tokenStart === c.tokenEnd);
    return next?.hits.some(h => {
      const q = gazetteer.places[h.place]!.properties;
      return !h.demonym && ((q.type === 'country' && q.countryCode === p.countryCode) || q.id === p.admin1);
    }) ?? false;
  });
}

function contextOf(hits: NameHit[], gazetteer: GazetteerIndex): ArticleContext {
  const context: ArticleContext = { places: new Set(), countries: new Set(), points: [] };
  for (const h of hits) {
    const place = gazetteer.places[h.place]!;
    context.places.add(h.place);
    if (place.properties.countryCode) context.countries.add(place.properties.countryCode);
    if (place.properties.type !== 'country' && place.properties.type !== 'region') context.points.push(place);
  }
  return context;
}

function best(scored: Scored[]): Scored {
  return scored.reduce((a, b) => (b.score > a.score ? b : a));
}

function softmaxTop(scores: number[]): number {
  const max = Math.max(...scores);
  const sum = scores.reduce((s, x) => s + Math.exp(x - max), 0);
  return 1 / sum;
}
