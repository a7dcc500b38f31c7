import { describe, expect, it } from 'vitest';
import { arabicSpellings } from './arabic-spellings.ts';

describe('arabicSpellings', () => {
  it('gives the usual spellings of the common words of Arabic names', () => {
    expect(arabicSpellings('Tall Abyaḑ')).toEqual(['Tall Abyad', 'Tal Abyad', 'Tel Abyad', 'Tell Abyad']);
    expect(arabicSpellings('Dayr Ḩāfir')).toEqual(['Dayr Hafir', 'Deir Hafir', 'Dair Hafir']);
  });
  it('writes the name without quote marks, which would split "Ra’s" into a word and a possessive', () => {
    expect(arabicSpellings('Ra’s al ‘Ayn')).toContain('Ras al Ayn');
    expect(arabicSpellings('Ra’s al ‘Ayn')).toContain('Ras al Ain');
  });
  it('writes the article assimilated to a sun letter, or not', () => {
    expect(arabicSpellings('Jisr ash Shughūr')).toEqual(['Jisr ash Shughur', 'Jisr al Shughur']);
    expect(arabicSpellings('Jisr al-Shughur')).toEqual(['Jisr ash-Shughur']);
    // "q" is no sun letter
    expect(arabicSpellings('Suq al Qamh')).toEqual([]);
  });
  it("writes a long word's last diphthong either way", () => {
    expect(arabicSpellings('Bent Jbaïl')).toEqual(['Bent Jbail', 'Bent Jbeil', 'Bent Jbayl', 'Bint Jbail', 'Bint Jbeil', 'Bint Jbayl']);
  });
  it('leaves names of one word, and names with none of these words, as they are', () => {
    expect(arabicSpellings('Mosul')).toEqual([]);
    expect(arabicSpellings('Tall')).toEqual([]);
    expect(arabicSpellings("Ha'il")).toEqual([]);
    expect(arabicSpellings('Albu Kamal')).toEqual([]);
  });
  it('gives no name more than eight new spellings', () => {
    expect(arabicSpellings('Dayr Bayt Kafr Tall').length).toBe(8);
  });
});
