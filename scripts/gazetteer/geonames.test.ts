import { describe, expect, it } from 'vitest';
import { isIncluded, leanAltNames, otherArticleVowel, parseGeoNamesRow, placeType, sortAlternateNames, withoutArticle, type GeoNamesRow } from './geonames.ts';

const row = (cols: Partial<Record<number, string>>): string =>
  Array.from({ length: 19 }, (_, i) => cols[i] ?? '').join('\t');

const MOSUL = row({
  0: '99072', 1: 'Mosul', 2: 'Mosul', 3: 'Al Mawsil,almwsl,LHR,Mossoul,Mosul 2,الموصل,موسڵ,Мосул', 4: '36.335', 5: '43.11889',
  6: 'P', 7: 'PPLA', 8: 'IQ', 10: '15', 14: '1683000',
});
const DONG_HA = row({ 0: '1582926', 1: '\u00D0ông Hà', 3: 'Dong Ha,Thi Xã Đòng Hà,Đông Hà,Kota Đông Hà', 4: '16.81625', 5: '107.10031', 7: 'PPLA', 8: 'VN', 10: '64', 14: '17662' });

function parsed(overrides: Partial<GeoNamesRow>): GeoNamesRow {
  return { ...parseGeoNamesRow(MOSUL), ...overrides };
}

describe('parseGeoNamesRow', () => {
  it('reads the columns the gazetteer uses', () => {
    expect(parseGeoNamesRow(MOSUL)).toMatchObject({
      id: 99072, name: 'Mosul', lat: 36.335, lon: 43.11889, featureCode: 'PPLA', countryCode: 'IQ', admin1Code: '15', population: 1683000,
    });
  });
  it('normalises Ð in the name', () => {
    expect(parseGeoNamesRow(DONG_HA).name).toBe('Đông Hà');
  });
  it('rejects a truncated row', () => {
    expect(() => parseGeoNamesRow('1\tX')).toThrow(/columns/);
  });
});

describe('isIncluded', () => {
  it('keeps capitals, seats, towns of 10,000 and every place in a focus country', () => {
    expect(isIncluded(parsed({ countryCode: 'UA', featureCode: 'PPL', population: 10000 }))).toBe(true);
    expect(isIncluded(parsed({ countryCode: 'UA', featureCode: 'PPL', population: 9999 }))).toBe(false);
    expect(isIncluded(parsed({ countryCode: 'FR', featureCode: 'PPLC', population: 0 }))).toBe(true);
    expect(isIncluded(parsed({ countryCode: 'SY', featureCode: 'PPL', population: 0 }))).toBe(true);
  });
  it('keeps English-speaking towns of 2,000 and their county seats only', () => {
    expect(isIncluded(parsed({ countryCode: 'US', featureCode: 'PPL', population: 2000 }))).toBe(true);
    expect(isIncluded(parsed({ countryCode: 'US', featureCode: 'PPLA2', population: 900 }))).toBe(true);
    expect(isIncluded(parsed({ countryCode: 'US', featureCode: 'PPL', population: 1999 }))).toBe(false);
    expect(isIncluded(parsed({ countryCode: 'FR', featureCode: 'PPL', population: 2000 }))).toBe(false);
    expect(isIncluded(parsed({ countryCode: 'FR', featureCode: 'PPLA2', population: 900 }))).toBe(false);
  });
});

describe('placeType', () => {
  it('makes sections of cities districts', () => {
    expect(placeType('PPLX')).toBe('district');
    expect(placeType('PPLA2')).toBe('city');
  });
});

describe('sortAlternateNames', () => {
  it('sorts by script and drops unusable names', () => {
    expect(sortAlternateNames(parseGeoNamesRow(MOSUL))).toEqual({ vi: [], ar: ['الموصل', 'موسڵ'], alt: ['Al Mawsil', 'Mossoul', 'El Mawsil', 'Mawsil'] });
  });
  it('drops names glued together with double spaces', () => {
    const row = parseGeoNamesRow(MOSUL.replace('Al Mawsil,', 'Al Mawsil,Ter Zor  Der Zor  Ter Zor,'));
    expect(sortAlternateNames(row).alt).toEqual(['Al Mawsil', 'Mossoul', 'El Mawsil', 'Mawsil']);
  });
  it('gives a place in an Arabic-speaking country its name in the other usual romanisations', () => {
    expect(sortAlternateNames(parsed({ name: 'Tall Abyaḑ', alternateNames: ['Tell Abyad'], countryCode: 'SY', featureCode: 'PPL', population: 0 })).alt).toEqual(['Tell Abyad', 'Tal Abyad', 'Tel Abyad']);
    expect(sortAlternateNames(parsed({ name: 'Tall City', alternateNames: [], countryCode: 'US', featureCode: 'PPL', population: 0 })).alt).toEqual([]);
  });
  it('puts Vietnamese names of a place in Vietnam in vi, name first', () => {
    const names = sortAlternateNames(parseGeoNamesRow(DONG_HA));
    expect(names.vi).toEqual(['Đông Hà', 'Thi Xã Đòng Hà']);
    expect(names.alt).toEqual(['Kota Đông Hà']);
  });
});

describe('leanAltNames', () => {
  it('leaves short lists alone and caps long ones, ASCII first', () => {
    expect(leanAltNames(['Zürich', 'Zurich'])).toEqual(['Zürich', 'Zurich']);
    const many = Array.from({ length: 20 }, (_, i) => `Ñame${String.fromCharCode(65 + i)}`).concat(['Plain']);
    const lean = leanAltNames(many);
    expect(lean).toHaveLength(16);
    expect(lean[0]).toBe('Plain');
  });
});

describe('otherArticleVowel', () => {
  it('writes the article with the other vowel, leading or inside the name', () => {
    expect(otherArticleVowel(['Deir el-Balah', 'El Fasher', 'Ras al-Ain', 'Mosul', 'Elmira', 'Abu el Ela'])).toEqual(['Deir al-Balah', 'Al Fasher', 'Ras el-Ain', 'Abu al Ela']);
  });
});

describe('withoutArticle', () => {
  it('gives Arabic names without their article, unless little or an English word is left', () => {
    expect(withoutArticle(['Al Qāmishlī', 'Al-Hasakah', 'El Fasher', 'Mosul'])).toEqual(['Qāmishlī', 'Hasakah', 'Fasher']);
    expect(withoutArticle(['Al Bab', 'As Salt', 'Al Quds', 'Ash Shaykh Maskin'])).toEqual(['Shaykh Maskin']);
  });
  it('adds them to towns in Arabic-speaking countries only', () => {
    expect(sortAlternateNames(parsed({ name: 'Al Qāmishlī', alternateNames: ['Qamishly'], countryCode: 'SY', population: 184_000 })).alt).toEqual(['Qamishly', 'El Qāmishlī', 'Qāmishlī']);
    expect(sortAlternateNames(parsed({ name: 'Al Ittiḩād', alternateNames: [], countryCode: 'PS', featureCode: 'PPL', population: 2978 })).alt).toEqual([]);
    expect(sortAlternateNames(parsed({ name: 'El Centro', alternateNames: [], countryCode: 'US', population: 44_000 })).alt).toEqual([]);
  });
});
