import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('gives exact UTF-16 offsets into the original text', () => {
    const text = 'Khói ở Tây Mosul.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps offsets of decomposed text, marks inside the word', () => {
    const text = 'tỉnh Quảng Trị'.normalize('NFD');
    const tokens = tokenize(text);
    expect(tokens.map(t => t.folded)).toEqual(['tinh', 'quang', 'tri']);
    expect(text.slice(tokens[1]!.start, tokens[2]!.end)).toBe('Quảng Trị'.normalize('NFD'));
  });
  it('breaks name chains at commas and sentence ends but not inside "U.S." or "St. Louis"', () => {
    const byText = (text: string) => Object.fromEntries(tokenize(text).map(t => [t.text, t.breakBefore]));
    expect(byText('Paris, Texas')).toMatchObject({ Texas: true });
    expect(byText('in Mosul. Iraq said')).toMatchObject({ Iraq: true });
    expect(byText('the U.S. Army')).toMatchObject({ S: false, Army: false });
    expect(byText('St. Louis')).toMatchObject({ Louis: false });
  });
  it('tells words apart by spacing alone from words joined by a hyphen, an apostrophe or a comma', () => {
    const spaced = tokenize("Dr. Moore flew the Washington-Moscow route, Moscow's busiest").map(t => [t.text, t.spaceBefore]);
    expect(spaced).toEqual([['Dr', false], ['Moore', true], ['flew', true], ['the', true], ['Washington', true], ['Moscow', false], ['route', true], ['Moscow', false], ['s', false], ['busiest', true]]);
  });
  it('marks sentence starts, including after an opening quote', () => {
    const starts = tokenize('He left. Reading was quiet, he said: “We stayed.”').filter(t => t.sentenceStart).map(t => t.text);
    expect(starts).toEqual(['He', 'Reading', 'We']);
  });
  it('ends a sentence at a full stop after a Vietnamese syllable or a short lowercase word, not after an abbreviation', () => {
    const starts = (text: string) => tokenize(text).filter(t => t.sentenceStart).map(t => t.text);
    expect(starts('Quân đội tới Hà Nội. Mỹ và Nga họp.')).toEqual(['Quân', 'Mỹ']);
    expect(starts('It was the end. Paris was calm.')).toEqual(['It', 'Paris']);
    expect(starts('Gen. Volesky met Texas vs. Oklahoma fans in St. Louis.')).toEqual(['Gen']);
  });
  it('ends a sentence at a full stop after a number', () => {
    const starts = (text: string) => tokenize(text).filter(t => t.sentenceStart).map(t => t.text);
    expect(starts('Man Utd thua 0-3. Ở Tây Ban Nha, Real thắng.')).toEqual(['Man', 'Ở']);
    expect(starts('They won 2-1. Leeds lost 4.')).toEqual(['They', 'Leeds']);
  });
});
