import type { MentionFeature, MentionProperties } from '../../geoparse/types.ts';
import type { Place } from './catalog.ts';
import type { Dataset } from './dataset.ts';

/** A gazetteer place as a correction names it: enough to draw, list and search it without the gazetteer. */
export interface PlaceChoice extends Omit<Place, 'searchKey' | 'sortKey'> {
  /** The division or city it lies in, to tell places of the same name apart; null when unknown. */
  within: string | null;
  /** Its names in every language, for the text filter. */
  names: string[];
}

/** A user's verdict on one mention: another place, or not a place at all. */
export interface Correction {
  article: string;
  /** The mention's offsets in the article's text: with the article, they name the mention. */
  start: number;
  end: number;
  /** The place the user picked; null: the words are not a place. */
  place: PlaceChoice | null;
}

/** A mention as the explorer holds it: the geoparser's properties, and whether a user corrected it. */
export type ExplorerMention = MentionFeature & { properties: MentionProperties & { corrected?: true } };

/** The key of a mention for corrections: "article#start", as the geoparser's feature ids. */
export const correctionKey = (article: string, start: number): string => `${article}#${start}`;

const keyOf = (m: MentionFeature) => correctionKey(m.properties.article, m.properties.start);

function corrected(mention: MentionFeature, place: PlaceChoice): ExplorerMention {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      ...mention.properties,
      placeId: place.id,
      name: place.name,
      type: place.type,
      countryCode: place.countryCode,
      // the user's reading is certain
      confidence: 1,
      corrected: true,
    },
  };
}

/**
 * The correction an exported mention carries (`corrected`), as the user who made it had it: the
 * place as the file describes it, with no division known and its English name for the text filter.
 */
export function correctionFrom(mention: ExplorerMention): Correction {
  const { article, start, end, placeId, name, type, countryCode } = mention.properties;
  const [lon, lat] = mention.geometry.coordinates as [number, number];
  return { article, start, end, place: { id: placeId, name, type, countryCode, lon, lat, within: null, names: [name] } };
}

/** How the reader shows a mention: as the map has it, and what the user said of it. */
export interface ReaderMention {
  /** The mention as corrected; as the geoparser gave it when the user said it is not a place. */
  mention: ExplorerMention;
  /** As the geoparser gave it. */
  original: MentionFeature;
  state: 'geoparser' | 'corrected' | 'not-a-place';
}

function verdict(original: MentionFeature, correction: Correction | undefined): ReaderMention {
  // a correction made on another reading of the text (other offsets) no longer applies
  if (!correction || correction.end !== original.properties.end) return { mention: original, original, state: 'geoparser' };
  if (!correction.place) return { mention: original, original, state: 'not-a-place' };
  return { mention: corrected(original, correction.place), original, state: 'corrected' };
}

/**
 * The dataset as corrected: mentions moved to the place the user picked, mentions that are not
 * places dropped, and the picked places' names added for the text filter. Without corrections it
 * is the dataset itself, so the common case costs nothing.
 */
export function correctDataset(dataset: Dataset, corrections: ReadonlyMap<string, Correction>): Dataset {
  if (corrections.size === 0) return dataset;
  const mentions: ExplorerMention[] = [];
  const placeNames = { ...dataset.placeNames };
  for (const original of dataset.mentions) {
    const correction = corrections.get(keyOf(original));
    const { mention, state } = verdict(original, correction);
    if (state === 'not-a-place') continue;
    mentions.push(mention);
    if (state === 'corrected' && correction?.place) placeNames[correction.place.id] ??= correction.place.names;
  }
  return { ...dataset, mentions, placeNames };
}

/** An article's mentions for the reader: all of them, the ones that are not places too, so a verdict can be undone. */
export function readerMentions(mentions: readonly MentionFeature[], corrections: ReadonlyMap<string, Correction>): ReaderMention[] {
  return mentions.map((m) => verdict(m, corrections.get(keyOf(m))));
}
