import { describe, expect, it } from 'vitest';
import { firstWordOf, fold, foldWord, wordsOf } from './fold.ts';

describe('fold', () => {
  it('drops case and diacritics', () => {
    expect(fold('Thành cổ Mosul')).toBe('thanh co mosul');
    expect(fold('THÀNH CỔ')).toBe('thanh co');
  });
  it('folds Đ, đ and the Ð that GeoNames writes for Đ', () => {
    expect(fold('Đông Hà')).toBe('dong ha');
    expect(fold('Ðông Hà')).toBe('dong ha');
    expect(fold('đường')).toBe('duong');
  });
  it('folds decomposed (NFD) text like composed text', () => {
    expect(fold('Quảng Trị'.normalize('NFD'))).toBe('quang tri');
  });
});

describe('wordsOf / foldWord', () => {
  it('keeps inner apostrophes inside a word but not a possessive', () => {
    expect(wordsOf("Tal'Afar")).toEqual(['talafar']);
    expect(wordsOf("Turkey's border")).toEqual(['turkey', 's', 'border']);
    expect(foldWord('Shi’ite')).toBe('shiite');
  });
  it('splits on hyphens and dots', () => {
    expect(wordsOf('Deir ez-Zor')).toEqual(['deir', 'ez', 'zor']);
    expect(wordsOf('U.S.')).toEqual(['u', 's']);
  });
  it('gives the first word alone', () => {
    expect(firstWordOf('  “Thành cổ” Mosul')).toBe('thanh');
    expect(firstWordOf(' -- ')).toBe('');
  });
});
