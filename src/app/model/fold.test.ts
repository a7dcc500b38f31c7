import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold.ts';

describe('foldForSearch', () => {
  it('drops Vietnamese tone and vowel marks', () => {
    expect(foldForSearch('Thành cổ Mosul')).toBe('thanh co mosul');
    expect(foldForSearch('Nẵng Quảng Trị')).toBe('nang quang tri');
  });
  it('folds Đ and đ, which have no decomposition', () => {
    expect(foldForSearch('Đà Nẵng')).toBe('da nang');
    expect(foldForSearch('đông')).toBe('dong');
  });
  it('treats punctuation as spaces so hyphens and quotes do not matter', () => {
    expect(foldForSearch('Deir ez-Zor')).toBe('deir ez zor');
    expect(foldForSearch("Shi'ite  “Raqqa”")).toBe('shi ite raqqa');
  });
  it('keeps other scripts, without their vowel marks', () => {
    expect(foldForSearch('الْمَوْصِل')).toBe('الموصل');
  });
});
