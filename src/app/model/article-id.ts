import { fold } from '../../geoparse/text/fold.ts';

const SLUG_LENGTH = 24;

/** FNV-1a over the UTF-16 code units: a short, stable fingerprint of a text, not a secure hash. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(7, '0');
}

/**
 * The id of an article added in the browser: its title as a short ASCII slug, readable where a
 * link names it, and a fingerprint of its text, so the same text added twice is the same article.
 */
export function addedArticleId(title: string, text: string): string {
  const slug = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'article'}-${fingerprint(text)}`;
}
