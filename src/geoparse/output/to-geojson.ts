import { isDuplicateAt, sectionAt, type Article } from '../article/article.ts';
import type { GazetteerIndex } from '../gazetteer/load-gazetteer.ts';
import type { ResolvedMention } from '../resolve/resolve-mentions.ts';
import { sentencesOf } from '../text/sentence-at.ts';
import type { MentionCollection, MentionFeature } from '../types.ts';

/** Resolved mentions → one GeoJSON Point feature per mention, id "article#start". */
export function toMentionFeatures(article: Article, mentions: ResolvedMention[], gazetteer: GazetteerIndex): MentionFeature[] {
  const places = gazetteer.table;
  const sentenceAt = sentencesOf(article.text);
  return mentions.map(({ candidate: c, hit, confidence }) => {
    const place = hit.place;
    return {
      type: 'Feature',
      id: `${article.id}#${c.start}`,
      geometry: { type: 'Point', coordinates: [places.lon(place), places.lat(place)] },
      properties: {
        article: article.id,
        title: article.title,
        date: article.date,
        source: article.source,
        lang: article.lang,
        surface: article.text.slice(c.start, c.end),
        start: c.start,
        end: c.end,
        placeId: places.id(place),
        name: places.name(place),
        type: places.type(place),
        countryCode: places.countryCode(place),
        section: sectionAt(article, c.start),
        duplicate: isDuplicateAt(article, c.start),
        demonym: hit.demonym,
        confidence,
        context: sentenceAt(c.start, c.end),
      },
    };
  });
}

export function toFeatureCollection(features: MentionFeature[]): MentionCollection {
  return { type: 'FeatureCollection', features };
}
