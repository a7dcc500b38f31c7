import type { MentionFeature, PlaceType, Section } from '../../geoparse/types.ts';
import type { Article, Dataset } from '../model/dataset.ts';

/** A seeded generator, so every benchmark run draws the same data. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: PlaceType[] = ['city', 'city', 'city', 'district', 'site', 'admin1', 'region', 'country'];

/**
 * A large made-up corpus for the benchmark (opened with ?synthetic=<mentions>): places scattered
 * over the Middle East and beyond, articles of about 50 mentions of 12 places each, as news has.
 */
export function syntheticDataset(mentionCount: number, placeCount: number): Dataset {
  const random = mulberry32(42);
  const places = Array.from({ length: placeCount }, (_, i) => ({
    id: `syn:${i}`,
    name: `Place ${i}`,
    type: TYPES[i % TYPES.length]!,
    lon: 20 + random() * 60,
    lat: 10 + random() * 35,
  }));
  const perArticle = 50;
  const articles = Array.from({ length: Math.ceil(mentionCount / perArticle) }, (_, i): Article => ({
    id: `syn-article-${i}`,
    title: `Synthetic article ${i}`,
    date: `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    source: 'Synthetic',
    lang: i % 2 ? 'en' : 'vi',
    text: null,
  }));
  const mentions: MentionFeature[] = [];
  for (let m = 0; m < mentionCount; m++) {
    const article = articles[Math.floor(m / perArticle)]!;
    // each article draws from its own dozen places
    const place = places[(Math.floor(m / perArticle) * 7919 + Math.floor(random() * 12) * 104729) % placeCount]!;
    const section: Section = random() < 0.8 ? 'body' : 'related';
    mentions.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        article: article.id, title: article.title, date: article.date, source: article.source, lang: article.lang,
        surface: place.name, start: m * 10, end: m * 10 + place.name.length, placeId: place.id, name: place.name,
        type: place.type, countryCode: 'XX', section, duplicate: random() < 0.05, demonym: false,
        confidence: 0.5 + random() / 2, context: `A sentence about ${place.name}.`,
      },
    });
  }
  return { articles, mentions, placeNames: {} };
}
