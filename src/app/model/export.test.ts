import { describe, expect, it } from 'vitest';
import { exportFileName, MENTION_FIELDS, toCSV, toGeoJSON } from './export.ts';
import { MENTIONS } from './fixtures/small-dataset.ts';
import { parseMentionFile } from './import.ts';

describe('toGeoJSON', () => {
  it('writes an RFC 7946 FeatureCollection of points, lon/lat with at most 6 decimals', () => {
    const extra = { ...MENTIONS[0]!, geometry: { type: 'Point' as const, coordinates: [43.1266789123, 36.343061234] } };
    const fc = toGeoJSON([extra]);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [43.126679, 36.343061] });
  });

  it('keeps exactly the geoparser properties, dropping anything else', () => {
    const withExtra = { ...MENTIONS[3]!, properties: { ...MENTIONS[3]!.properties, internal: 1 } };
    const props = toGeoJSON([withExtra]).features[0]!.properties;
    expect(Object.keys(props)).toEqual([...MENTION_FIELDS]);
    expect(props).toMatchObject({ title: 'Raqqa fighting', date: '2017-11', source: 'Reuters', surface: 'Raqqa' });
  });

  it('marks a corrected mention, and only that one', () => {
    const corrected = { ...MENTIONS[1]!, properties: { ...MENTIONS[1]!.properties, corrected: true as const } };
    const [first, second] = toGeoJSON([corrected, MENTIONS[2]!]).features;
    expect(first!.properties.corrected).toBe(true);
    expect(second!.properties).not.toHaveProperty('corrected');
    expect(parseMentionFile('m.geojson', JSON.stringify(toGeoJSON([corrected])))[0]!.properties.corrected).toBe(true);
  });

  it('reads back as the same mentions', () => {
    const text = JSON.stringify(toGeoJSON(MENTIONS));
    expect(parseMentionFile('mentions.geojson', text)).toEqual(toGeoJSON(MENTIONS).features);
  });
});

describe('toCSV', () => {
  it('quotes fields with commas, quotes and line breaks, and ends lines with CRLF', () => {
    const tricky = {
      ...MENTIONS[3]!,
      properties: { ...MENTIONS[3]!.properties, title: 'Say "hi", then\nleave', context: '=HYPERLINK("x")' },
    };
    const csv = toCSV([tricky]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(['lon', 'lat', ...MENTION_FIELDS, 'corrected'].join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(row).toContain('"Say ""hi"", then\nleave"');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row!.startsWith('39.00788,35.95283,en-raqqa,')).toBe(true);
  });

  it('writes null as an empty field and numbers as they are', () => {
    const row = toCSV([MENTIONS[6]!]).split('\r\n')[1]!;
    expect(row).toContain('undated,No date,,,en,Deir ez-Zor,0,11,');
  });

  it('says in the last column whether the user corrected the mention', () => {
    const corrected = { ...MENTIONS[6]!, properties: { ...MENTIONS[6]!.properties, corrected: true as const } };
    const [, row1, row2] = toCSV([corrected, MENTIONS[6]!]).split('\r\n');
    expect(row1!.endsWith(',true')).toBe(true);
    expect(row2!.endsWith(',false')).toBe(true);
  });
});

describe('exportFileName', () => {
  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59), 'geojson')).toBe('mentions-2026-01-05.geojson');
    expect(exportFileName(new Date(2026, 10, 23), 'csv')).toBe('mentions-2026-11-23.csv');
  });
});
