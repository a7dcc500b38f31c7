import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentence-at.ts';

describe('sentencesOf', () => {
  const text = 'Smoke rose over the city. Troops entered Mosul on Friday, the U.S. said. Nothing else.';
  const at = (t: string, word: string) => sentencesOf(t)(t.indexOf(word), t.indexOf(word) + word.length);
  it('returns the sentence around a span', () => {
    expect(at(text, 'Mosul')).toBe('Troops entered Mosul on Friday, the U.S. said.');
    expect(at(text, 'city')).toBe('Smoke rose over the city.');
  });
  it('stops at line breaks and collapses spacing', () => {
    expect(at('Title about Raqqa\nBody  text\tin Mosul.', 'Raqqa')).toBe('Title about Raqqa');
    expect(at('Title about Raqqa\nBody  text\tin Mosul.', 'Mosul')).toBe('Body text in Mosul.');
  });
  it('answers spans in any order', () => {
    const sentence = sentencesOf(text);
    const span = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    expect([span('else'), span('city'), span('Friday'), span('Mosul')].map(([s, e]) => sentence(s, e))).toEqual([
      'Nothing else.',
      'Smoke rose over the city.',
      'Troops entered Mosul on Friday, the U.S. said.',
      'Troops entered Mosul on Friday, the U.S. said.',
    ]);
  });
});
