import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';

describe('fold', () => {
  it('drops Vietnamese tone and vowel marks', () => {
    expect(fold('Thành cổ Mosul')).toBe('thanh co mosul');
    expect(fold('Nẵng Quảng Trị')).toBe('nang quang tri');
  });
  it('folds Đ and đ, which have no decomposition', () => {
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('đông')).toBe('dong');
  });
  it('treats punctuation as spaces so hyphens and quotes do not matter', () => {
    expect(fold('Deir ez-Zor')).toBe('deir ez zor');
    expect(fold("Shi'ite  “Raqqa”")).toBe('shi ite raqqa');
  });
  it('keeps other scripts, without their vowel marks', () => {
    expect(fold('الْمَوْصِل')).toBe('الموصل');
  });
});
