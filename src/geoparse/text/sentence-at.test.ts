import { describe, expect, it } from 'vitest';
import { sentenceAt } from './sentence-at.ts';

describe('sentenceAt', () => {
  const text = 'Smoke rose over the city. Troops entered Mosul on Friday, the U.S. said. Nothing else.';
  it('returns the sentence around a span', () => {
    const start = text.indexOf('Mosul');
    expect(sentenceAt(text, start, start + 5)).toBe('Troops entered Mosul on Friday, the U.S. said.');
  });
  it('stops at line breaks', () => {
    const t = 'Title about Raqqa\nBody text.';
    expect(sentenceAt(t, 12, 17)).toBe('Title about Raqqa');
  });
});
