import { describe, expect, it } from 'vitest';
import { abbreviationForms, divisionForms, numberedForms, withoutArticleForms } from './index-names.ts';

describe('abbreviationForms', () => {
  it('writes a leading Saint, Mount or Fort the other way', () => {
    expect(abbreviationForms('Saint Petersburg')).toEqual(['Saint Petersburg', 'St. Petersburg']);
    expect(abbreviationForms('St. Louis')).toEqual(['St. Louis', 'Saint Louis']);
    expect(abbreviationForms('St Helens')).toEqual(['St Helens', 'Saint Helens']);
    expect(abbreviationForms('Ft. Worth')).toEqual(['Ft. Worth', 'Fort Worth']);
    expect(abbreviationForms('Port Saint Lucie')).toEqual(['Port Saint Lucie', 'Port St. Lucie']);
    expect(abbreviationForms('Sault Ste. Marie')).toEqual(['Sault Ste. Marie', 'Sault Sainte Marie']);
  });
  it('leaves other names, and a last word, alone', () => {
    expect(abbreviationForms('Mosul')).toEqual(['Mosul']);
    expect(abbreviationForms('Lake Mount')).toEqual(['Lake Mount']);
    expect(abbreviationForms('Stockholm')).toEqual(['Stockholm']);
  });
});

describe('numberedForms', () => {
  it('writes a numbered district or ward in digits too', () => {
    expect(numberedForms('Quận Bảy')).toEqual(['Quận Bảy', 'Quận 7']);
    expect(numberedForms('Quận Mười Một')).toEqual(['Quận Mười Một', 'Quận 11']);
    expect(numberedForms('Phường Ba')).toEqual(['Phường Ba', 'Phường 3']);
  });
  it('leaves named districts alone', () => {
    expect(numberedForms('Quận Bình Thạnh')).toEqual(['Quận Bình Thạnh']);
    expect(numberedForms('Hai Bà Trưng')).toEqual(['Hai Bà Trưng']);
  });
});

describe('divisionForms', () => {
  it('gives a Vietnamese name that opens with its kind of division without it too', () => {
    expect(divisionForms('Huyện Ba Vì')).toEqual(['Huyện Ba Vì', 'Ba Vì']);
    expect(divisionForms('Thị Trấn Tà Lùng')).toEqual(['Thị Trấn Tà Lùng', 'Tà Lùng']);
    expect(divisionForms('Thành phố Hồ Chí Minh')).toEqual(['Thành phố Hồ Chí Minh', 'Hồ Chí Minh']);
  });
  it('keeps a single syllable with its division, and leaves other names alone', () => {
    expect(divisionForms('Quận Bảy')).toEqual(['Quận Bảy']);
    expect(divisionForms('Quận 7')).toEqual(['Quận 7']);
    expect(divisionForms('Hai Bà Trưng')).toEqual(['Hai Bà Trưng']);
  });
});

describe('withoutArticleForms', () => {
  it('gives an Arabic name with its article without it too', () => {
    expect(withoutArticleForms('Al Anbar')).toEqual(['Al Anbar', 'Anbar']);
    expect(withoutArticleForms('Al-Qādisiyyah')).toEqual(['Al-Qādisiyyah', 'Qādisiyyah']);
    expect(withoutArticleForms('Ad Dakhiliyah')).toEqual(['Ad Dakhiliyah', 'Dakhiliyah']);
  });
  it('keeps a short rest with its article, and leaves other names alone', () => {
    expect(withoutArticleForms('Al Bab')).toEqual(['Al Bab']);
    expect(withoutArticleForms('Alabama')).toEqual(['Alabama']);
    expect(withoutArticleForms('Nineveh')).toEqual(['Nineveh']);
  });
});
