import type { Lang, MentionFeature } from '../../geoparse/types.ts';

/** An article the explorer knows of: a seed, or one the user added (pasted, dropped or imported). */
export interface Article {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  lang: Lang;
  /** The full text the mention offsets point into; null when only mentions are known (an imported file). */
  text: string | null;
  /** Where the text's parts lie, for the reader to set them apart; known when the text is. */
  layout?: TextLayout;
}

/** The related-links block and the repeated paragraphs of an article's text (see geoparse/article). */
export interface TextLayout {
  /** Offset where the related-links block starts; the text's length when there is none. */
  relatedStart: number;
  /** [start, end) ranges that repeat earlier text: their mentions are shown, not counted. */
  duplicates: Array<[number, number]>;
}

/** What the explorer shows: articles, their mentions, and the names each mentioned place goes by. */
export interface Dataset {
  articles: Article[];
  mentions: MentionFeature[];
  /** Names of the mentioned places in every language the gazetteer knows, for the text filter. */
  placeNames: Record<string, string[]>;
}

/** The file the build writes for the seed articles (see build/seeds-plugin.ts). */
export interface DatasetFile {
  articles: Article[];
  mentions: { type: 'FeatureCollection'; features: MentionFeature[] };
  placeNames: Record<string, string[]>;
}
