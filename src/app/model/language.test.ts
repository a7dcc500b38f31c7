import { describe, expect, it } from 'vitest';
import { browserLanguage, isLanguage } from './language.ts';

describe('browserLanguage', () => {
  it('takes the first language the interface has', () => {
    expect(browserLanguage(['vi-VN', 'en-US'])).toBe('vi');
    expect(browserLanguage(['VI'])).toBe('vi');
    expect(browserLanguage(['fr-FR', 'vi', 'en'])).toBe('vi');
    expect(browserLanguage(['en-GB', 'vi'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(browserLanguage([])).toBe('en');
    expect(browserLanguage(['de-DE', 'fr'])).toBe('en');
    expect(browserLanguage(['video'])).toBe('en');
  });
});

describe('isLanguage', () => {
  it('accepts only the two codes', () => {
    expect(isLanguage('vi')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('vi-VN')).toBe(false);
    expect(isLanguage('')).toBe(false);
    expect(isLanguage('toString')).toBe(false);
  });
});
