import type { Language } from '../model/language.ts';

/** English writes the day before the month, as the articles and Vietnamese do: "17 Nov 2017". */
const LOCALE_TAG: Record<Language, string> = { en: 'en-GB', vi: 'vi' };

/** Intl objects are costly to make and the list formats hundreds of numbers: one per language. */
const cached = <T>(make: (tag: string) => T) => {
  const made = new Map<Language, T>();
  return (lang: Language): T => {
    let value = made.get(lang);
    if (!value) made.set(lang, (value = make(LOCALE_TAG[lang])));
    return value;
  };
};

const numbers = cached((tag) => new Intl.NumberFormat(tag));
const regions = cached((tag) => new Intl.DisplayNames([tag], { type: 'region' }));
const utc = { timeZone: 'UTC' } as const;
const fullDates = cached((tag) => new Intl.DateTimeFormat(tag, { ...utc, day: 'numeric', month: 'short', year: 'numeric' }));
const monthDates = cached((tag) => new Intl.DateTimeFormat(tag, { ...utc, month: 'short', year: 'numeric' }));
const dayMonthDates = cached((tag) => new Intl.DateTimeFormat(tag, { ...utc, day: 'numeric', month: 'short' }));

/** 12,345 in English, 12.345 in Vietnamese. */
export function formatNumber(n: number, lang: Language): string {
  return numbers(lang).format(n);
}

/** "Iraq" for "IQ" in English, "Thổ Nhĩ Kỳ" for "TR" in Vietnamese; the code itself when the browser does not know it. */
export function countryName(code: string, lang: Language): string {
  try {
    return regions(lang).of(code) ?? code;
  } catch {
    return code;
  }
}

/** 36.34306° N, 43.12667° E: five decimals, a metre or so. The same in both languages, so it can be copied anywhere. */
export function formatCoordinates(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(5)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(5)}° ${lon >= 0 ? 'E' : 'W'}`;
}

/**
 * An article date as the geoparser gives it, for reading: "2017-11-17" → "17 Nov 2017" or
 * "17 thg 11, 2017", "2017-11" → "Nov 2017", "--06-18" (no year in the article) → "18 Jun" and
 * `yearUnknown`, null → `unknown`; anything else is shown as it is.
 */
export function formatDate(date: string | null, lang: Language, unknown: string, yearUnknown: string): string {
  const m = date?.match(/^(\d{4}|-)(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!date || !m) return date ?? unknown;
  const [, year, month, day] = m;
  // a leap year stands in for the unknown one, so 29 February still reads as a date
  const when = new Date(Date.UTC(year === '-' ? 2000 : Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  if (Number.isNaN(when.getTime()) || (month && when.getUTCMonth() !== Number(month) - 1)) return date;
  if (year === '-') return month && day ? `${dayMonthDates(lang).format(when)}, ${yearUnknown}` : date;
  if (!month) return year!;
  return (day ? fullDates : monthDates)(lang).format(when);
}
