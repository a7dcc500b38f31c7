import { describe, expect, it } from 'vitest';
import { ARTICLES, MENTIONS } from './fixtures/small-dataset.ts';
import { contextParts, segmentText } from './highlight.ts';

describe('segmentText', () => {
  it('cuts the text into plain and mention runs that join back to the text', () => {
    const text = ARTICLES[0]!.text!;
    const spans = MENTIONS.slice(0, 3).map((m) => m.properties);
    const segments = segmentText(text, spans);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention !== null).map((s) => [s.text, s.mention])).toEqual([['Thành cổ Mosul', 0], ['Mosul', 1], ['Mosul', 2]]);
  });

  it('leaves overlapping and out-of-range spans plain', () => {
    const segments = segmentText('Old City of Mosul', [{ start: 12, end: 17 }, { start: 0, end: 17 }, { start: 10, end: 40 }]);
    expect(segments).toEqual([{ text: 'Old City of Mosul', mention: 1 }]);
  });
});

describe('contextParts', () => {
  it('marks the mention at its offsets, not the first equal surface', () => {
    const text = 'Mosul fell. Near Mosul, Mosul again.';
    const m = { ...MENTIONS[1]!.properties, start: 24, end: 29, surface: 'Mosul', context: 'Near Mosul, Mosul again.' };
    expect(contextParts(text, m)).toEqual({ before: 'Near Mosul, ', match: 'Mosul', after: ' again.' });
  });

  it('finds the right copy of a repeated sentence', () => {
    const m = MENTIONS[2]!.properties;
    expect(contextParts(ARTICLES[0]!.text, m)).toEqual({ before: 'Khói ở ', match: 'Mosul', after: '.' });
  });

  it('falls back to the first occurrence without the article text', () => {
    expect(contextParts(null, MENTIONS[0]!.properties)).toEqual({ before: 'Lính ở ', match: 'Thành cổ Mosul', after: '.' });
  });
});
