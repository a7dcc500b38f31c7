import type { Lang, Section } from '../types.ts';

/** A news article as read from its text: what the rest of the pipeline needs besides the words. */
export interface Article {
  id: string;
  text: string;
  title: string;
  /** ISO 8601: "2017-11-17", "2017-11", or "--11-17" when the article gives no year. */
  date: string | null;
  source: string | null;
  lang: Lang;
  /** Offset where the trailing related-links block starts; text.length when there is none. */
  relatedStart: number;
  /** [start, end) ranges that repeat earlier text (verbatim paragraphs, image-slug lines). */
  duplicates: Array<[number, number]>;
}

export function sectionAt(article: Article, offset: number): Section {
  return offset >= article.relatedStart ? 'related' : 'body';
}

export function isDuplicateAt(article: Article, offset: number): boolean {
  return article.duplicates.some(([s, e]) => offset >= s && offset < e);
}
