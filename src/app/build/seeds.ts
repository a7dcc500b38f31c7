import { geoparseArticle, loadGazetteer, parseArticle, toFeatureCollection } from '../../geoparse/index.ts';
import type { Gazetteer, MentionFeature } from '../../geoparse/types.ts';
import type { Article, DatasetFile } from '../model/dataset.ts';
import { STATIC_FILES } from '../map/static-files.ts';
import type { FileMaker } from './static-files-plugin.ts';

export interface SeedText {
  /** The file's base name, as the CLI names articles. */
  id: string;
  text: string;
}

/** Enough names per place to search by; the gazetteer lists hundreds for some countries. */
const MAX_NAMES = 40;

/** Geoparses the seed articles at build time: the page gets their mentions, never the gazetteer. */
export function seedFiles(seeds: () => Promise<SeedText[]>, gazetteer: () => Promise<Gazetteer>): FileMaker {
  return async () => {
    const gazetteerJson = await gazetteer();
    const index = loadGazetteer(gazetteerJson);
    const articles: Article[] = [];
    const mentions: MentionFeature[] = [];
    for (const seed of await seeds()) {
      const { id, title, date, source, lang, text } = parseArticle(seed.id, seed.text);
      articles.push({ id, title, date, source, lang, text });
      mentions.push(...geoparseArticle(seed.text, seed.id, index));
    }
    const mentioned = new Set(mentions.map((m) => m.properties.placeId));
    const placeNames: Record<string, string[]> = {};
    for (const place of gazetteerJson.features) {
      const p = place.properties;
      if (!mentioned.has(p.id)) continue;
      placeNames[p.id] = [...new Set([...p.names.en, ...p.names.vi, ...p.names.ar, ...p.alt])].slice(0, MAX_NAMES);
    }
    const file: DatasetFile = { articles, mentions: toFeatureCollection(mentions), placeNames };
    return { [STATIC_FILES.seeds]: JSON.stringify(file) };
  };
}
