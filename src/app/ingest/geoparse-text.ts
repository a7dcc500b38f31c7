import { geoparseArticle, parseArticle, type GazetteerIndex } from '../../geoparse/index.ts';
import type { MentionFeature } from '../../geoparse/types.ts';
import type { Article } from '../model/dataset.ts';

/** An article's text → the explorer's article (with its layout for the reader) and its mentions. */
export function geoparseText(id: string, text: string, gazetteer: GazetteerIndex): { article: Article; mentions: MentionFeature[] } {
  const { title, date, source, lang, relatedStart, duplicates } = parseArticle(id, text);
  return {
    article: { id, title, date, source, lang, text, layout: { relatedStart, duplicates } },
    mentions: geoparseArticle(text, id, gazetteer),
  };
}
