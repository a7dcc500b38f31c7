import type { MentionProperties, PlaceType } from '../../geoparse/types.ts';
import type { ExplorerMention } from './corrections.ts';

/** Why a dropped file was refused, naming the file, in words for the user. */
export class ImportError extends Error {}

const PLACE_TYPES: readonly PlaceType[] = ['country', 'admin1', 'region', 'city', 'district', 'site', 'water'];

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
const isOffset: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const isBoolean: Check = (v) => typeof v === 'boolean';
const oneOf = (values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);

const PROPERTY_CHECKS: Record<keyof MentionProperties, [Check, string]> = {
  article: [(v) => isString(v) && (v as string).length > 0, 'an article id'],
  title: [isString, 'a text'],
  date: [isStringOrNull, 'a text or null'],
  source: [isStringOrNull, 'a text or null'],
  lang: [oneOf(['vi', 'en']), '"vi" or "en"'],
  surface: [isString, 'a text'],
  start: [isOffset, 'a whole number'],
  end: [isOffset, 'a whole number'],
  placeId: [(v) => isString(v) && (v as string).length > 0, 'a place id'],
  name: [isString, 'a text'],
  type: [oneOf(PLACE_TYPES), `one of ${PLACE_TYPES.join(', ')}`],
  countryCode: [isString, 'a text'],
  section: [oneOf(['body', 'related']), '"body" or "related"'],
  duplicate: [isBoolean, 'true or false'],
  demonym: [isBoolean, 'true or false'],
  confidence: [(v) => typeof v === 'number' && v >= 0 && v <= 1, 'a number from 0 to 1'],
  context: [isString, 'a text'],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkFeature(feature: unknown, where: string): ExplorerMention {
  if (!isObject(feature) || feature.type !== 'Feature') throw new ImportError(`${where} is not a GeoJSON Feature`);
  const geometry = feature.geometry;
  if (!isObject(geometry) || geometry.type !== 'Point') {
    const kind = isObject(geometry) && typeof geometry.type === 'string' ? geometry.type : 'no geometry';
    throw new ImportError(`${where} is a ${kind.slice(0, 30)}, not a Point`);
  }
  const coordinates = geometry.coordinates;
  if (!Array.isArray(coordinates) || coordinates.length < 2 || coordinates.length > 3 || !coordinates.every(Number.isFinite)) {
    throw new ImportError(`${where} has unreadable coordinates`);
  }
  const [lon, lat] = coordinates as number[];
  if (lon! < -180 || lon! > 180 || lat! < -90 || lat! > 90) {
    throw new ImportError(`${where} has coordinates out of range (${lon}, ${lat}): longitude must be within ±180 and latitude within ±90`);
  }
  const props = feature.properties;
  if (!isObject(props)) throw new ImportError(`${where} has no properties`);
  const properties = {} as Record<string, unknown>;
  for (const [key, [check, expected]] of Object.entries(PROPERTY_CHECKS)) {
    if (!check(props[key])) throw new ImportError(`${where}: "${key}" must be ${expected}`);
    properties[key] = props[key];
  }
  if ((properties.end as number) < (properties.start as number)) throw new ImportError(`${where}: "end" is before "start"`);
  // a user's correction, exported by the explorer
  if (props.corrected !== undefined && !isBoolean(props.corrected)) throw new ImportError(`${where}: "corrected" must be true or false`);
  if (props.corrected === true) properties.corrected = true;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon!, lat!] },
    properties: properties as unknown as ExplorerMention['properties'],
  };
}

/**
 * Reads a GeoJSON file of mentions, as the explorer exports them. All or nothing: the first bad
 * feature refuses the whole file, so a half-read file never mixes into what is on the map.
 */
export function parseMentionFile(fileName: string, text: string): ExplorerMention[] {
  const name = `"${fileName.slice(0, 80)}"`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError(`${name} is not JSON`);
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new ImportError(`${name} is not a GeoJSON FeatureCollection`);
  }
  if (json.features.length === 0) throw new ImportError(`${name} has no features`);
  return json.features.map((feature, i) => checkFeature(feature, `${name}: feature ${i + 1}`));
}

/** A key that is the same for the same mention however it arrived, to merge without doubles. */
export function mentionKey(m: ExplorerMention): string {
  const p = m.properties;
  return `${p.article}\u0000${p.start}\u0000${p.end}\u0000${p.placeId}`;
}
