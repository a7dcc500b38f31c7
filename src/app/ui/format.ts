const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Iraq" for "IQ"; the code itself when the browser does not know it. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** 36.34306° N, 43.12667° E: five decimals, a metre or so. */
export function formatCoordinates(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(5)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(5)}° ${lon >= 0 ? 'E' : 'W'}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An article date as the geoparser gives it, for reading: "2017-11-17" → "17 Nov 2017",
 * "2017-11" → "Nov 2017", "--06-18" (no year in the article) → "18 Jun, year unknown".
 */
export function formatDate(date: string | null, unknown: string, yearUnknown: string): string {
  const m = date?.match(/^(\d{4}|-)(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!date || !m) return date ?? unknown;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const dayMonth = [day ? String(Number(day)) : '', monthName ?? ''].filter(Boolean).join(' ');
  if (year === '-') return `${dayMonth}, ${yearUnknown}`;
  return [dayMonth, year].filter(Boolean).join(' ');
}
