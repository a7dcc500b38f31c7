import type { FeatureCollection, Point } from 'geojson';
import type { MentionProperties } from '../../geoparse/types.ts';
import type { ExplorerMention } from './corrections.ts';

/** Every property of a mention, each once: the record type makes the compiler flag a missing one. */
const FIELDS: Record<keyof MentionProperties, true> = {
  article: true, title: true, date: true, source: true, lang: true, surface: true, start: true, end: true,
  placeId: true, name: true, type: true, countryCode: true, section: true, duplicate: true, demonym: true,
  confidence: true, context: true,
};
/** The geoparser's properties, in its order: written out with `corrected`, and nothing else the app adds. */
export const MENTION_FIELDS = Object.keys(FIELDS) as (keyof MentionProperties)[];

/** RFC 7946 asks for no more precision than needed; 6 decimals is about 10 cm. */
const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;

/** The geoparser's properties, and `corrected: true` on a mention the user corrected. */
function pick(props: ExplorerMention['properties']): ExplorerMention['properties'] {
  const picked = Object.fromEntries(MENTION_FIELDS.map((k) => [k, props[k]])) as unknown as MentionProperties;
  return props.corrected ? { ...picked, corrected: true } : picked;
}

export function toGeoJSON(mentions: readonly ExplorerMention[]): FeatureCollection<Point, ExplorerMention['properties']> {
  return {
    type: 'FeatureCollection',
    features: mentions.map((m) => {
      const [lon = 0, lat = 0] = m.geometry.coordinates;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [roundCoordinate(lon), roundCoordinate(lat)] },
        properties: pick(m.properties),
      };
    }),
  };
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  // A spreadsheet would run a cell starting with = + - @ as a formula: article text must not.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they need it. */
export function toCSV(mentions: readonly ExplorerMention[]): string {
  const header = ['lon', 'lat', ...MENTION_FIELDS, 'corrected'];
  const rows = toGeoJSON(mentions).features.map((m) => {
    const [lon = 0, lat = 0] = m.geometry.coordinates;
    return [lon, lat, ...MENTION_FIELDS.map((k) => m.properties[k]), m.properties.corrected === true].map(csvField).join(',');
  });
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

/** "mentions-2026-11-23.geojson", dated in local time: the day the user saved it. */
export function exportFileName(now: Date, extension: 'geojson' | 'csv'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mentions-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
