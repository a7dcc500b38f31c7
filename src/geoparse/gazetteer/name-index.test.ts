import { describe, expect, it } from 'vitest';
import { hasVietnameseLetter } from '../lang/vi.ts';
import { accentedForm } from './name-index.ts';

describe('accentedForm', () => {
  it('gives both placements of a Vietnamese tone mark the same form', () => {
    expect(accentedForm('Thanh Hoá')).toBe(accentedForm('Thanh Hóa'));
    expect(accentedForm('Khánh Hoà')).toBe(accentedForm('Khánh Hòa'));
    expect(accentedForm('Quy Nhơn')).not.toBe(accentedForm('Quý Nhơn'));
  });
  it('keeps the letters that marks make: Mỹ is not My, Một not Mott, Đ not D', () => {
    expect(accentedForm('Mỹ')).not.toBe(accentedForm('My'));
    expect(accentedForm('Một')).not.toBe(accentedForm('Mot'));
    expect(accentedForm('Đà Nẵng')).not.toBe(accentedForm('Da Nẵng'));
    expect(accentedForm('Ðà Nẵng')).toBe(accentedForm('Đà Nẵng'));
  });
  it('keeps the letters only Vietnamese writes readable', () => {
    expect(hasVietnameseLetter(accentedForm('Tân Phú'))).toBe(true);
    expect(hasVietnameseLetter(accentedForm('Québec'))).toBe(false);
  });
  it('reads words, case and composition aside', () => {
    expect(accentedForm('  Hà   NỘI ')).toBe(accentedForm('hà nội'));
    expect(accentedForm('Ha\u0300 No\u0323\u0302i')).toBe(accentedForm('Hà Nội'));
  });
});
