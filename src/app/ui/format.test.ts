import { describe, expect, it } from 'vitest';
import { countryName, formatCoordinates, formatDate, formatNumber } from './format.ts';

describe('formatDate', () => {
  it('reads full, partial and yearless dates in English', () => {
    expect(formatDate('2017-11-17', 'en', 'no date', 'year unknown')).toBe('17 Nov 2017');
    expect(formatDate('2017-11', 'en', 'no date', 'year unknown')).toBe('Nov 2017');
    expect(formatDate('2017', 'en', 'no date', 'year unknown')).toBe('2017');
    expect(formatDate('--06-18', 'en', 'no date', 'year unknown')).toBe('18 Jun, year unknown');
    expect(formatDate('--02-29', 'en', 'no date', 'year unknown')).toBe('29 Feb, year unknown');
    expect(formatDate('2020-09-05', 'en', 'no date', 'year unknown')).toBe('5 Sep 2020');
  });
  it('writes them the Vietnamese way in Vietnamese', () => {
    expect(formatDate('2017-11-17', 'vi', 'không có ngày', 'không rõ năm')).toBe('17 thg 11, 2017');
    expect(formatDate('--06-18', 'vi', 'không có ngày', 'không rõ năm')).toBe('18 thg 6, không rõ năm');
    expect(formatDate('2017-01', 'vi', 'không có ngày', 'không rõ năm')).toBe('thg 1 2017');
  });
  it('says so when there is no date, and shows odd ones as they are', () => {
    expect(formatDate(null, 'en', 'no date', 'year unknown')).toBe('no date');
    expect(formatDate('June 2017', 'en', 'no date', 'year unknown')).toBe('June 2017');
    expect(formatDate('2017-13-01', 'en', 'no date', 'year unknown')).toBe('2017-13-01');
    expect(formatDate('2017-02-30', 'vi', 'no date', 'year unknown')).toBe('2017-02-30');
    expect(formatDate('2017-00', 'en', 'no date', 'year unknown')).toBe('2017-00');
    expect(formatDate('2017-11-00', 'en', 'no date', 'year unknown')).toBe('2017-11-00');
  });
});

describe('formatNumber and countryName', () => {
  it('follow the language', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'vi')).toBe('12.345');
    expect(countryName('TR', 'vi')).toBe('Thổ Nhĩ Kỳ');
    expect(countryName('SY', 'en')).toBe('Syria');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres rather than signs', () => {
    expect(formatCoordinates(36.34306, 43.12667)).toBe('36.34306° N, 43.12667° E');
    expect(formatCoordinates(-33.9, -70.1)).toBe('33.90000° S, 70.10000° W');
  });
});
