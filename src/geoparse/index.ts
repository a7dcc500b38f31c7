/**
 * The geoparser core: text → article → candidate spans → resolved mentions → GeoJSON. No DOM and no
 * Node APIs, so the CLI, a Web Worker and the tests all run this same code.
 */
import { parseArticle } from './article/parse-article.ts';
import type { GazetteerIndex } from './gazetteer/load-gazetteer.ts';
import { toMentionFeatures } from './output/to-geojson.ts';
import { resolveMentions } from './resolve/resolve-mentions.ts';
import { spotCandidates } from './spot/spot-candidates.ts';
import { tokenize } from './text/tokenize.ts';
import type { MentionFeature } from './types.ts';

export { parseArticle } from './article/parse-article.ts';
export type { Article } from './article/article.ts';
export { isGazetteerIndex } from './gazetteer/gazetteer-format.ts';
export { compactGazetteer, loadGazetteer, openGazetteer, type GazetteerIndex } from './gazetteer/load-gazetteer.ts';
export { GazetteerError } from './gazetteer/validate-gazetteer.ts';
export { toFeatureCollection } from './output/to-geojson.ts';
export { fold } from './text/fold.ts';
export type * from './types.ts';

/** Every place mention in one article's text, as GeoJSON Point features. */
export function geoparseArticle(text: string, articleId: string, gazetteer: GazetteerIndex): MentionFeature[] {
  const article = parseArticle(articleId, text);
  const tokens = tokenize(article.text);
  const candidates = spotCandidates(article.text, tokens, article.lang, gazetteer);
  const mentions = resolveMentions(candidates, gazetteer, article.lang);
  return toMentionFeatures(article, mentions, gazetteer);
}
