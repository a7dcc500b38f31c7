import type { Lang, MentionFeature } from '../../geoparse/types.ts';

/** An article the explorer knows of: the seeds now, pasted or imported articles later. */
export interface Article {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  lang: Lang;
  /** The full text the mention offsets point into; null when only mentions are known (an imported file). */
  text: string | null;
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
