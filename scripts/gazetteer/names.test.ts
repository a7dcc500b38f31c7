import { describe, expect, it } from 'vitest';
import { foldName, isArabicScript, isLatinScript, isUsableName, isVietnameseExonym, isVietnameseName, normaliseName, uniqueNames } from './names.ts';

describe('normaliseName', () => {
  it('turns the Icelandic eth GeoNames uses into Vietnamese Đ', () => {
    expect(normaliseName('\u00D0ông Hà')).toBe('Đông Hà');
  });
  it('composes decomposed letters and collapses spaces', () => {
    expect(normaliseName(' Ha\u0300  Nô\u0323i ')).toBe('Hà Nội');
  });
});

describe('foldName', () => {
  it('drops case, diacritics and punctuation', () => {
    expect(foldName('Deir ez-Zor')).toBe('deir ez zor');
    expect(foldName('Đà Nẵng')).toBe('da nang');
    expect(foldName("Tal'Afar")).toBe('tal afar');
  });
});

describe('uniqueNames', () => {
  it('keeps the first spelling of names that fold alike, and skips excluded ones', () => {
    expect(uniqueNames(['Hà Nội', 'Ha Noi', 'Hanoi', ''], ['HANOI'])).toEqual(['Hà Nội']);
  });
});

describe('scripts', () => {
  it('tells Arabic from Latin', () => {
    expect(isArabicScript('الموصل')).toBe(true);
    expect(isLatinScript('Mosul')).toBe(true);
    expect(isLatinScript('Мосул')).toBe(false);
  });
});

describe('isVietnameseName', () => {
  it('accepts Vietnamese syllables', () => {
    expect(isVietnameseName('Thành phố Hồ Chí Minh')).toBe(true);
    expect(isVietnameseName('Buôn Ma Thuột')).toBe(true);
  });
  it('rejects other languages written with Vietnamese letters, and plain ASCII', () => {
    expect(isVietnameseName('Hồ Chí Minhin kaupunki')).toBe(false);
    expect(isVietnameseName('Kota Hồ Chí Minh')).toBe(false);
    expect(isVietnameseName('Ho Chi Minh')).toBe(false);
  });
});

describe('isVietnameseExonym', () => {
  it('accepts exonym-shaped names', () => {
    expect(isVietnameseExonym('Bắc Kinh')).toBe(true);
    expect(isVietnameseExonym('Mát-xcơ-va')).toBe(true);
  });
  it('rejects Guarani, Croatian and one-word names', () => {
    expect(isVietnameseExonym('Herusalẽ')).toBe(false);
    expect(isVietnameseExonym('Đakovo')).toBe(false);
    expect(isVietnameseExonym('Târgu Mureș')).toBe(false);
  });
});

describe('isUsableName', () => {
  it('drops codes, numbers, links, mis-encodings and lower-case romanisations', () => {
    for (const bad of ['LHR', 'NYC', 'Paris 01', 'http://x.org', 'T‚h‚ran', 'almwsl', 'X']) expect(isUsableName(bad), bad).toBe(false);
  });
  it('keeps real names', () => {
    for (const good of ['Mosul', 'al-Shifa', "Tal'Afar", 'HCMC', 'Tex.', 'الموصل', 'Hà Nội', 'Stoke-on-Trent']) expect(isUsableName(good), good).toBe(true);
  });
  it('drops two names glued into one label and half-romanised ones', () => {
    for (const bad of ['Karachi - كراچى', 'Minsk - Minsk', 'lwہwr']) expect(isUsableName(bad), bad).toBe(false);
  });
});
