import { toFeatureCollection, type GazetteerIndex } from '../../geoparse/index.ts';
import type { MentionFeature } from '../../geoparse/types.ts';
import type { Article, DatasetFile } from '../model/dataset.ts';
import { geoparseText } from '../ingest/geoparse-text.ts';
import { STATIC_FILES } from '../map/static-files.ts';
import { mentionedPlaceNames } from '../model/place-names.ts';
import type { FileMaker } from './static-files-plugin.ts';

export interface SeedText {
  /** The file's base name, as the CLI names articles. */
  id: string;
  text: string;
}

/** Geoparses the seed articles at build time: the page gets their mentions, never the gazetteer. */
export function seedFiles(seeds: () => Promise<SeedText[]>, gazetteer: () => Promise<GazetteerIndex>): FileMaker {
  return async () => {
    const index = await gazetteer();
    const articles: Article[] = [];
    const mentions: MentionFeature[] = [];
    for (const seed of await seeds()) {
      const parsed = geoparseText(seed.id, seed.text, index);
      articles.push(parsed.article);
      mentions.push(...parsed.mentions);
    }
    const file: DatasetFile = { articles, mentions: toFeatureCollection(mentions), placeNames: mentionedPlaceNames(mentions, index) };
    return { [STATIC_FILES.seeds]: JSON.stringify(file) };
  };
}
