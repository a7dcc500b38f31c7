import type { MentionCollection, MentionFeature, MentionProperties } from '../../geoparse/types.ts';

/** Every property of a mention, each once: the record type makes the compiler flag a missing one. */
const FIELDS: Record<keyof MentionProperties, true> = {
  article: true, title: true, date: true, source: true, lang: true, surface: true, start: true, end: true,
  placeId: true, name: true, type: true, countryCode: true, section: true, duplicate: true, demonym: true,
  confidence: true, context: true,
};
/** The properties written out, in the geoparser's order: nothing the app adds for itself. */
export const MENTION_FIELDS = Object.keys(FIELDS) as (keyof MentionProperties)[];

/** RFC 7946 asks for no more precision than needed; 6 decimals is about 10 cm. */
const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;

function pick(props: MentionProperties): MentionProperties {
  return Object.fromEntries(MENTION_FIELDS.map((k) => [k, props[k]])) as unknown as MentionProperties;
}

export function toGeoJSON(mentions: readonly MentionFeature[]): MentionCollection {
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
export function toCSV(mentions: readonly MentionFeature[]): string {
  const header = ['lon', 'lat', ...MENTION_FIELDS];
  const rows = toGeoJSON(mentions).features.map((m) => {
    const [lon = 0, lat = 0] = m.geometry.coordinates;
    return [lon, lat, ...MENTION_FIELDS.map((k) => m.properties[k])].map(csvField).join(',');
  });
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

/** "mentions-2026-11-23.geojson", dated in local time: the day the user saved it. */
export function exportFileName(now: Date, extension: 'geojson' | 'csv'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mentions-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
