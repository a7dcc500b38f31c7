import type { Article } from './article.ts';
import { detectLang } from './detect-lang.ts';
import { findDate } from './find-date.ts';
import { findDuplicates } from './find-duplicates.ts';
import { findRelatedStart } from './find-related.ts';
import { findSource } from './find-source.ts';
import { findTitle } from './find-title.ts';
import { linesOf } from './lines.ts';

/**
 * Text → article: title, date, source, language, body/related sections and repeated lines.
 * Offsets stay those of the text as given (NFC or not); only derived strings are normalised.
 */
export function parseArticle(id: string, text: string): Article {
  const lines = linesOf(text);
  const relatedStart = findRelatedStart(lines, text.length);
  const body = text.slice(0, relatedStart).normalize('NFC');
  return {
    id,
    text,
    title: findTitle(lines).normalize('NFC'),
    date: findDate(body),
    source: findSource(body),
    lang: detectLang(body),
    relatedStart,
    duplicates: findDuplicates(lines),
  };
}
