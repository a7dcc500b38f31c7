import { describe, expect, it } from 'vitest';
import { scanWords } from './word-scan.ts';

const words = (text: string): string[] => {
  const out: string[] = [];
  scanWords(text, (start, end) => void out.push(text.slice(start, end)));
  return out;
};

describe('scanWords', () => {
  it('keeps inner apostrophes, but a possessive s is a word of its own', () => {
    expect(words("Tal'Afar and Shi’ite towns, Turkey's border and Iraq’s")).toEqual(["Tal'Afar", 'and', 'Shi’ite', 'towns', 'Turkey', 's', 'border', 'and', 'Iraq', 's']);
  });
  it('keeps accents, decomposed marks and digits inside words', () => {
    expect(words('Thành cổ Mosul, Qadisiya 2, Ca\u0300 Mau')).toEqual(['Thành', 'cổ', 'Mosul', 'Qadisiya', '2', 'Ca\u0300', 'Mau']);
  });
  it('splits at hyphens, dots and quotes', () => {
    expect(words('Deir ez-Zor, U.S. "Raqqa" \'s')).toEqual(['Deir', 'ez', 'Zor', 'U', 'S', 'Raqqa', 's']);
  });
  it('reads astral letters as letters and emoji as spaces', () => {
    expect(words('𝐀𝐁 😀Hanoi')).toEqual(['𝐀𝐁', 'Hanoi']);
  });
  it('stops when told', () => {
    const seen: string[] = [];
    scanWords('Deir ez-Zor', (s, e) => seen.push('Deir ez-Zor'.slice(s, e)) < 2);
    expect(seen).toEqual(['Deir', 'ez']);
  });
  it('gives UTF-16 offsets', () => {
    const found: Array<[number, number]> = [];
    scanWords('😀 Huế.', (s, e) => void found.push([s, e]));
    expect(found).toEqual([[3, 6]]);
  });
});
