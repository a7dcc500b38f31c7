import type { MentionProperties, PlaceType } from '../../geoparse/types.ts';
import type { ExplorerMention } from './corrections.ts';

/** What a property must hold: a kind of value, or one of a few words. */
export type Expected = 'articleId' | 'placeId' | 'text' | 'textOrNull' | 'wholeNumber' | 'share' | 'boolean' | { oneOf: readonly string[] };

/**
 * Why a GeoJSON file is refused, as data: the interface words it in its language (strings.ts).
 * `feature` counts the file's features from 1, as the message does.
 */
export type ImportReason =
  | { kind: 'notJson' | 'notFeatureCollection' | 'noFeatures' }
  | { kind: 'notFeature' | 'unreadableCoordinates' | 'noProperties' | 'endBeforeStart'; feature: number }
  /** `geometry`: the type the feature has instead, cut short; null when it has none. */
  | { kind: 'notPoint'; feature: number; geometry: string | null }
  | { kind: 'outOfRange'; feature: number; lon: number; lat: number }
  | { kind: 'badProperty'; feature: number; key: keyof MentionProperties | 'corrected'; expected: Expected };

/** A refused file and why. The message is for logs; the interface words `reason` itself. */
export class ImportError extends Error {
  constructor(readonly fileName: string, readonly reason: ImportReason) {
    super(`${fileName}: ${JSON.stringify(reason)}`);
  }
}

const PLACE_TYPES: readonly PlaceType[] = ['country', 'admin1', 'region', 'city', 'district', 'site', 'water'];

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
const isOffset: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const isBoolean: Check = (v) => typeof v === 'boolean';
const oneOf = (values: readonly string[]): [Check, Expected] => [(v) => typeof v === 'string' && values.includes(v), { oneOf: values }];

const PROPERTY_CHECKS: Record<keyof MentionProperties, [Check, Expected]> = {
  article: [(v) => isString(v) && (v as string).length > 0, 'articleId'],
  title: [isString, 'text'],
  date: [isStringOrNull, 'textOrNull'],
  source: [isStringOrNull, 'textOrNull'],
  lang: oneOf(['vi', 'en']),
  surface: [isString, 'text'],
  start: [isOffset, 'wholeNumber'],
  end: [isOffset, 'wholeNumber'],
  placeId: [(v) => isString(v) && (v as string).length > 0, 'placeId'],
  name: [isString, 'text'],
  type: oneOf(PLACE_TYPES),
  countryCode: [isString, 'text'],
  section: oneOf(['body', 'related']),
  duplicate: [isBoolean, 'boolean'],
  demonym: [isBoolean, 'boolean'],
  confidence: [(v) => typeof v === 'number' && v >= 0 && v <= 1, 'share'],
  context: [isString, 'text'],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The feature as a mention, or why it is not one. */
function checkFeature(feature: unknown, at: number): ExplorerMention | ImportReason {
  if (!isObject(feature) || feature.type !== 'Feature') return { kind: 'notFeature', feature: at };
  const geometry = feature.geometry;
  if (!isObject(geometry) || geometry.type !== 'Point') {
    const kind = isObject(geometry) && typeof geometry.type === 'string' ? geometry.type.slice(0, 30) : null;
    return { kind: 'notPoint', feature: at, geometry: kind };
  }
  const coordinates = geometry.coordinates;
  if (!Array.isArray(coordinates) || coordinates.length < 2 || coordinates.length > 3 || !coordinates.every(Number.isFinite)) {
    return { kind: 'unreadableCoordinates', feature: at };
  }
  const [lon, lat] = coordinates as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return { kind: 'outOfRange', feature: at, lon, lat };
  const props = feature.properties;
  if (!isObject(props)) return { kind: 'noProperties', feature: at };
  const properties = {} as Record<string, unknown>;
  for (const [key, [check, expected]] of Object.entries(PROPERTY_CHECKS)) {
    if (!check(props[key])) return { kind: 'badProperty', feature: at, key: key as keyof MentionProperties, expected };
    properties[key] = props[key];
  }
  if ((properties.end as number) < (properties.start as number)) return { kind: 'endBeforeStart', feature: at };
  // a user's correction, exported by the explorer
  if (props.corrected !== undefined && !isBoolean(props.corrected)) return { kind: 'badProperty', feature: at, key: 'corrected', expected: 'boolean' };
  if (props.corrected === true) properties.corrected = true;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: properties as unknown as ExplorerMention['properties'],
  };
}

/**
 * Reads a GeoJSON file of mentions, as the explorer exports them. All or nothing: the first bad
 * feature refuses the whole file, so a half-read file never mixes into what is on the map.
 */
export function parseMentionFile(fileName: string, text: string): ExplorerMention[] {
  const refused = (reason: ImportReason) => new ImportError(fileName, reason);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refused({ kind: 'notJson' });
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw refused({ kind: 'notFeatureCollection' });
  if (json.features.length === 0) throw refused({ kind: 'noFeatures' });
  return json.features.map((feature, i) => {
    const read = checkFeature(feature, i + 1);
    if ('kind' in read) throw refused(read);
    return read;
  });
}

/** A key that is the same for the same mention however it arrived, to merge without doubles. */
export function mentionKey(m: ExplorerMention): string {
  const p = m.properties;
  return `${p.article}\u0000${p.start}\u0000${p.end}\u0000${p.placeId}`;
}
