import type { Language } from '../model/language.ts';

/** British English, whose dates (below) put the day first as the articles and Vietnamese do. */
const LOCALE_TAG: Record<Language, string> = { en: 'en-GB', vi: 'vi' };

/** Intl objects are costly to make: one per language. */
const cached = <T>(make: (tag: string) => T) => {
  const made = new Map<Language, T>();
  return (lang: Language): T => {
    let value = made.get(lang);
    if (!value) made.set(lang, (value = make(LOCALE_TAG[lang])));
    return value;
  };
};

const regions = cached((tag) => new Intl.DisplayNames([tag], { type: 'region' }));
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The three date forms the interface shows, written out rather than asked of Intl.DateTimeFormat:
 * making the first one cost Chromium ~100 ms of the page's start (loading its calendar data), for
 * what is a table of month names. They read as en-GB and vi do: "17 Nov 2017", "17 thg 11, 2017".
 */
const DATE_FORMS: Record<Language, { full: (d: number, m: number, y: string) => string; month: (m: number, y: string) => string; dayMonth: (d: number, m: number) => string }> = {
  en: {
    full: (d, m, y) => `${d} ${MONTHS_EN[m - 1]} ${y}`,
    month: (m, y) => `${MONTHS_EN[m - 1]} ${y}`,
    dayMonth: (d, m) => `${d} ${MONTHS_EN[m - 1]}`,
  },
  vi: {
    full: (d, m, y) => `${d} thg ${m}, ${y}`,
    month: (m, y) => `thg ${m} ${y}`,
    dayMonth: (d, m) => `${d} thg ${m}`,
  },
};

/** How en-GB and vi write numbers: Vietnamese swaps the English separators. */
const SEPARATORS: Record<Language, { group: string; decimal: string }> = { en: { group: ',', decimal: '.' }, vi: { group: '.', decimal: ',' } };

/**
 * 12,345.679 in English, 12.345,679 in Vietnamese: at most three decimals, rounded half away
 * from zero on the number's shortest decimal form, as Intl.NumberFormat's defaults do. Written
 * out for the same reason as the dates: the first Intl.NumberFormat cost ~60 ms of the page's
 * start, and the legend and list format numbers before the map is drawn.
 */
export function formatNumber(n: number, lang: Language): string {
  if (Number.isNaN(n)) return 'NaN';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (!Number.isFinite(n)) return `${sign}∞`;
  const { group, decimal } = SEPARATORS[lang];
  const [whole, fraction] = thousandths(Math.abs(n));
  const decimals = fraction.replace(/0+$/, '');
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${decimals ? decimal + decimals : ''}`;
}

/** A non-negative number as its whole digits and three decimal digits. */
function thousandths(x: number): [string, string] {
  // String(x) is the number's shortest decimal form, which Intl rounds; toFixed would round the
  // binary value instead (1.0015 is stored as 1.00149…). It has an exponent only outside this range.
  if (x < 1e-6) return ['0', '000'];
  const [whole = '0', fraction = ''] = x < 1e21 ? String(x).split('.') : [wholeDigits(x)];
  const scaled = BigInt(whole + fraction.slice(0, 3).padEnd(3, '0')) + (fraction.charAt(3) >= '5' ? 1n : 0n);
  const digits = scaled.toString().padStart(4, '0');
  return [digits.slice(0, -3), digits.slice(-3)];
}

/** 1.23e+22 as "12300000000000000000000": the digits of its shortest form, then zeros. */
function wholeDigits(x: number): string {
  const [mantissa = '', exponent = '0'] = String(x).split('e+');
  const [int = '', frac = ''] = mantissa.split('.');
  return (int + frac).padEnd(int.length + Number(exponent), '0');
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
  const forms = DATE_FORMS[lang];
  if (year === '-') return month && day ? `${forms.dayMonth(Number(day), Number(month))}, ${yearUnknown}` : date;
  if (!month) return year!;
  return day ? forms.full(Number(day), Number(month), year!) : forms.month(Number(month), year!);
}
