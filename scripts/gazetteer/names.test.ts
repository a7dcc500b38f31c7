import { describe, expect, it } from 'vitest';
import {
  bareNameKey, foldName, isArabicScript, isLatinScript, isNamePlusSettlementWord, isSettlementName, isUsableName, isVietnameseExonym,
  isVietnameseName, looksAlike, nameWords, normaliseName, similarity, spelling, uniqueNames,
} from './names.ts';

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
    expect(isVietnameseExonym('Vũ Hán')).toBe(true);
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

describe('bareNameKey and nameWords', () => {
  it('keeps what says which place, not what kind', () => {
    expect(bareNameKey('Al-Raqqah')).toBe('raqqah');
    expect(bareNameKey('Ar Raqqah Governorate')).toBe('raqqah');
    expect(bareNameKey('Deir ez-Zor')).toBe('deir zor');
    expect(bareNameKey('Tỉnh Thái Bình')).toBe('thai binh');
    expect(bareNameKey('Thành phố Hồ Chí Minh')).toBe('ho chi minh');
    expect(bareNameKey('Thanh Hóa')).toBe('thanh hoa');
    expect(bareNameKey('Province')).toBe('province');
  });
  it('splits a name into words without articles', () => {
    expect(nameWords('Al-Bukamal')).toEqual(['bukamal']);
    expect(nameWords('The Hague')).toEqual(['hague']);
  });
});

describe('spellings', () => {
  it('tells transliterations of one name from different names', () => {
    expect(similarity(spelling('Tekrit'), spelling('Tikrīt'))).toBeCloseTo(0.6);
    expect(similarity(spelling('Jabrud'), spelling('Yabrūd'))).toBeCloseTo(0.8);
    expect(similarity(spelling('Springfield'), spelling('Palmyra'))).toBe(0);
  });
  it('compares without articles and with the letters foldName keeps', () => {
    expect(spelling('Al-Sweida').start).toBe('sw');
    expect(spelling('Pınarbaşı').start).toBe(spelling('Pinarbasi').start);
    expect(spelling('Tekrit').skeleton).toBe(spelling('Tikrit').skeleton);
  });
  it('looksAlike: same start, a shared word or a similar spelling', () => {
    expect(looksAlike(spelling('Barisal'), spelling('Barishal'))).toBe(true);
    expect(looksAlike(spelling('Ajman'), spelling('Ajman City'))).toBe(true);
    expect(looksAlike(spelling('Xaneqin'), spelling('Khanaqin'))).toBe(true);
    expect(looksAlike(spelling('Gia Lai'), spelling('Pleiku'))).toBe(false);
    expect(looksAlike(spelling('Nicephorium'), spelling('Al-Raqqah'))).toBe(false);
  });
});

describe('settlement words', () => {
  it('finds names that say "city" in some language', () => {
    for (const name of ['Oklahoma City', 'Thành phố Thái Bình', 'Thủ đô Hà Nội', 'Ho-Chi-Minh-Stadt', 'Kota Ho Chi Minh']) expect(isSettlementName(name), name).toBe(true);
    for (const name of ['Deir Ezzor', 'Raqqa', 'Citadel', 'Townsville']) expect(isSettlementName(name), name).toBe(false);
  });
  it('knows a name is another with a word for "city"', () => {
    expect(isNamePlusSettlementWord('Oklahoma', 'Oklahoma City')).toBe(true);
    expect(isNamePlusSettlementWord('Westminster', 'City of Westminster')).toBe(true);
    expect(isNamePlusSettlementWord('Al Kuwait', 'Kuwait City')).toBe(true);
    expect(isNamePlusSettlementWord('Quảng Trị', 'thị xã Quảng Trị')).toBe(true);
    expect(isNamePlusSettlementWord('Reggio Emilia', "Reggio nell'Emilia")).toBe(false);
    expect(isNamePlusSettlementWord('Las Palmas', 'Las Palmas de Gran Canaria')).toBe(false);
  });
});
