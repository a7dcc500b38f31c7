import { describe, expect, it } from 'vitest';
import { correctDataset, correctionKey, readerMentions, type Correction, type PlaceChoice } from './corrections.ts';
import { DATASET, MENTIONS } from './fixtures/small-dataset.ts';

const EAST_MOSUL: PlaceChoice = { id: 'cur:east-mosul', name: 'East Mosul', type: 'district', countryCode: 'IQ', lon: 43.165, lat: 36.36, within: 'Mosul', names: ['East Mosul', 'Đông Mosul'] };
// MENTIONS[1]: "Mosul" at 30 in vi-mosul; MENTIONS[3]: "Raqqa" at 12 in en-raqqa
const moved: Correction = { article: 'vi-mosul', start: 30, end: 35, place: EAST_MOSUL };
const notAPlace: Correction = { article: 'en-raqqa', start: 12, end: 17, place: null };
const corrections = new Map([moved, notAPlace].map((c) => [correctionKey(c.article, c.start), c]));

describe('correctDataset', () => {
  it('is the dataset itself without corrections', () => {
    expect(correctDataset(DATASET, new Map())).toBe(DATASET);
  });

  it('moves a corrected mention to the picked place, certain and marked', () => {
    const mention = correctDataset(DATASET, corrections).mentions.find((m) => m.properties.article === 'vi-mosul' && m.properties.start === 30)!;
    expect(mention.geometry.coordinates).toEqual([43.165, 36.36]);
    expect(mention.properties).toMatchObject({ placeId: 'cur:east-mosul', name: 'East Mosul', type: 'district', surface: 'Mosul', confidence: 1, corrected: true });
  });

  it('drops a mention that is not a place, and keeps every other one as it was', () => {
    const { mentions } = correctDataset(DATASET, corrections);
    expect(mentions).toHaveLength(MENTIONS.length - 1);
    expect(mentions.some((m) => m.properties.surface === 'Raqqa')).toBe(false);
    expect(mentions.filter((m) => !('corrected' in m.properties))).toEqual(MENTIONS.filter((_, i) => i !== 1 && i !== 3));
  });

  it('adds the names of the picked place for the text filter', () => {
    expect(correctDataset(DATASET, corrections).placeNames['cur:east-mosul']).toEqual(['East Mosul', 'Đông Mosul']);
  });

  it('ignores a correction whose offsets no longer match the mention', () => {
    const stale = new Map([[correctionKey('vi-mosul', 30), { ...moved, end: 40 }]]);
    expect(correctDataset(DATASET, stale).mentions).toEqual(MENTIONS);
  });
});

describe('readerMentions', () => {
  it('keeps every mention, telling corrected and not-a-place ones apart', () => {
    const list = readerMentions(MENTIONS, corrections);
    expect(list.map((m) => m.state)).toEqual(['geoparser', 'corrected', 'geoparser', 'not-a-place', 'geoparser', 'geoparser', 'geoparser']);
    expect(list[1]!.mention.properties.name).toBe('East Mosul');
    expect(list[1]!.original).toBe(MENTIONS[1]);
    expect(list[3]!.mention).toBe(MENTIONS[3]);
  });
});
