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
// Datelines, dates and credits sit at the start or the end of a story: reading only there keeps long texts cheap.
const HEAD = 4000;
const TAIL = 2000;

export function parseArticle(id: string, text: string): Article {
  const lines = linesOf(text);
  const relatedStart = findRelatedStart(lines, text.length);
  const body = text.slice(0, relatedStart);
  const head = body.slice(0, HEAD).normalize('NFC');
  const ends = body.length > HEAD + TAIL ? `${head}\n${body.slice(-TAIL).normalize('NFC')}` : body.normalize('NFC');
  return {
    id,
    text,
    title: findTitle(lines).normalize('NFC'),
    date: findDate(head),
    source: findSource(ends),
    lang: detectLang(head),
    relatedStart,
    duplicates: findDuplicates(lines),
  };
}
