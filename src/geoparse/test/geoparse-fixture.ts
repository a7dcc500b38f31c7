import { geoparseArticle, loadGazetteer } from '../index.ts';
import type { MentionProperties } from '../types.ts';
import { fixtureGazetteer } from './fixture-gazetteer.ts';

export const gazetteer = loadGazetteer(fixtureGazetteer);

/** The mentions of a text as [surface, place name] pairs, the usual thing a rule test looks at. */
export function places(text: string): Array<[string, string]> {
  return mentions(text).map(m => [m.surface, m.name]);
}

export function mentions(text: string): MentionProperties[] {
  return geoparseArticle(text, 'test', gazetteer).map(f => f.properties);
}
