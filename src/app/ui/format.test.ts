import { describe, expect, it } from 'vitest';
import { formatCoordinates, formatDate } from './format.ts';

describe('formatDate', () => {
  it('reads full, partial and yearless dates', () => {
    expect(formatDate('2017-11-17', 'no date', 'year unknown')).toBe('17 Nov 2017');
    expect(formatDate('2017-11', 'no date', 'year unknown')).toBe('Nov 2017');
    expect(formatDate('2017', 'no date', 'year unknown')).toBe('2017');
    expect(formatDate('--06-18', 'no date', 'year unknown')).toBe('18 Jun, year unknown');
  });
  it('says so when there is no date, and shows odd ones as they are', () => {
    expect(formatDate(null, 'no date', 'year unknown')).toBe('no date');
    expect(formatDate('June 2017', 'no date', 'year unknown')).toBe('June 2017');
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres rather than signs', () => {
    expect(formatCoordinates(36.34306, 43.12667)).toBe('36.34306° N, 43.12667° E');
    expect(formatCoordinates(-33.9, -70.1)).toBe('33.90000° S, 70.10000° W');
  });
});
