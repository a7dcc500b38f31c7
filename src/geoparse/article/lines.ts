/** A line of the text with its offsets, the unit that titles, headings and repeats are found in. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

/** Metadata some scrapes put before the text, as " date 2017-11 ": not part of the article's words. */
export const DATE_PREFIX = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*/;
