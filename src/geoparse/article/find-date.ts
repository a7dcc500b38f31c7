import { DATE_PREFIX } from './lines.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

// Each pattern yields [day, month, year?] from a dated phrase in the text.
const PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number, number, number | null] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: m => [+m[3]!, +m[2]!, +m[1]!] },
  // Vietnamese: "ngày 17/11", "hôm 19/10", "ngày 19/3/1975"
  { re: /(?:ngày|hôm|sáng|chiều|tối|đêm)\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/iu, parts: m => [+m[1]!, +m[2]!, m[3] ? +m[3] : null] },
  // English: "on November 11", "November 11, 2016", "Nov. 11"
  { re: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`), parts: m => [+m[2]!, monthNumber(m[1]!), m[3] ? +m[3] : null] },
  // English: "11 November 2016"
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}(?:\\s+(\\d{4}))?\\b`), parts: m => [+m[1]!, monthNumber(m[2]!), m[3] ? +m[3] : null] },
];

/**
 * The article's date: a "date YYYY-MM" metadata prefix when there is one, made more precise by the
 * first day the text names in that month; otherwise the first date the text names. A day without
 * a year is kept as ISO 8601's "--MM-DD" rather than guessed.
 */
export function findDate(text: string): string | null {
  const prefix = DATE_PREFIX.exec(text)?.[1] ?? null;
  const named = firstNamedDate(text);
  if (prefix && prefix.length === 7 && named && (named.year === null || named.year === +prefix.slice(0, 4)) && named.month === +prefix.slice(5, 7)) {
    return `${prefix}-${pad(named.day)}`;
  }
  if (prefix) return prefix;
  if (!named) return null;
  return named.year === null ? `--${pad(named.month)}-${pad(named.day)}` : `${named.year}-${pad(named.month)}-${pad(named.day)}`;
}

function firstNamedDate(text: string): { day: number; month: number; year: number | null } | null {
  let best: { at: number; day: number; month: number; year: number | null } | null = null;
  for (const { re, parts } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && best.at <= m.index)) continue;
    const [day, month, year] = parts(m);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) best = { at: m.index, day, month, year };
  }
  return best;
}

function monthNumber(name: string): number {
  const n = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex(m => m.startsWith(n.slice(0, 3))) + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
