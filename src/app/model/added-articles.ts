import type { MentionFeature } from '../../geoparse/types.ts';
import { correctionFrom, correctionKey, type Correction, type ExplorerMention } from './corrections.ts';
import type { Article, Dataset } from './dataset.ts';
import { mentionKey } from './import.ts';

/**
 * An article the user added in this browser (pasted, dropped or imported from a GeoJSON file), as
 * it is kept across reloads: its text when it came as text, its mentions and its places' names.
 */
export interface AddedArticle {
  article: Article;
  mentions: MentionFeature[];
  placeNames: Record<string, string[]>;
  /** When it was added, in ms since 1970: the legend lists added articles in this order. */
  added: number;
}

/**
 * The seeds with the user's articles after them. A record may hold more mentions of an article
 * that is already here (a seed's, from an imported file): they join that article. A mention
 * already loaded is never loaded twice.
 */
export function withAdded(base: Dataset, added: readonly AddedArticle[]): Dataset {
  if (added.length === 0) return base;
  const known = new Set(base.articles.map((a) => a.id));
  const articles = [...base.articles];
  const parts: MentionFeature[][] = [base.mentions];
  const placeNames = { ...base.placeNames };
  // only an article that was already here can bring a mention twice: key mentions only then
  let seen: Set<string> | null = null;
  for (const record of [...added].sort((a, b) => a.added - b.added)) {
    if (!known.has(record.article.id)) {
      known.add(record.article.id);
      articles.push(record.article);
      parts.push(record.mentions);
    } else {
      seen ??= new Set(base.mentions.map(mentionKey));
      const fresh = record.mentions.filter((m) => !seen!.has(mentionKey(m)) && seen!.add(mentionKey(m)));
      parts.push(fresh);
    }
    Object.assign(placeNames, record.placeNames);
  }
  return { articles, mentions: parts.flat(), placeNames };
}

export interface Imported {
  /** The records as they are now, the new and the grown ones among them. */
  added: AddedArticle[];
  /** The new and the grown records: those to save. */
  changed: AddedArticle[];
  /** How many of the file's mentions were new. */
  fresh: number;
  /** The file's corrections of mentions on the map that this browser had not made: to keep as its own. */
  corrections: Correction[];
}

/**
 * A GeoJSON file's mentions into the user's articles. Mentions already on the map are skipped;
 * the rest join the record of their article, a new one when the article is new (known then only
 * by its mentions: the file holds no text). A corrected mention of a mention on the map is a
 * correction of it, not a second mention at the same words; one this browser has already
 * corrected keeps the correction made here.
 */
export function importMentions(
  dataset: Dataset,
  added: readonly AddedArticle[],
  mentions: readonly ExplorerMention[],
  corrections: ReadonlyMap<string, Correction>,
  now: number,
): Imported {
  const seen = new Set(dataset.mentions.map(mentionKey));
  const spans = mentions.some((m) => m.properties.corrected) ? new Map(dataset.mentions.map((m) => [correctionKey(m.properties.article, m.properties.start), m.properties])) : null;
  const byArticle = new Map<string, MentionFeature[]>();
  const found: Correction[] = [];
  let fresh = 0;
  for (const mention of mentions) {
    const p = mention.properties;
    const key = correctionKey(p.article, p.start);
    const original = p.corrected ? spans!.get(key) : undefined;
    if (original?.end === p.end) {
      if (original.placeId !== p.placeId && !corrections.has(key)) found.push(correctionFrom(mention));
      continue;
    }
    const id = mentionKey(mention);
    if (seen.has(id)) continue;
    seen.add(id);
    fresh++;
    const list = byArticle.get(p.article);
    if (list) list.push(mention);
    else byArticle.set(p.article, [mention]);
  }
  const records = new Map(added.map((r) => [r.article.id, r]));
  const changed: AddedArticle[] = [];
  for (const [id, list] of byArticle) {
    const p = list[0]!.properties;
    const record = records.get(id) ?? {
      article: { id, title: p.title, date: p.date, source: p.source, lang: p.lang, text: null },
      mentions: [],
      placeNames: {},
      added: now,
    };
    const grown = { ...record, mentions: [...record.mentions, ...list] };
    records.set(id, grown);
    changed.push(grown);
  }
  return { added: [...records.values()], changed, fresh, corrections: found };
}

/** The record under a new title, its mentions too: exports carry each mention's article title. */
export function renamed(record: AddedArticle, title: string): AddedArticle {
  return {
    ...record,
    article: { ...record.article, title },
    mentions: record.mentions.map((m) => ({ ...m, properties: { ...m.properties, title } })),
  };
}
