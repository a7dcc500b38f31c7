/**
 * Whitespace runs as one space. The pattern leaves single spaces alone: `/\s+/g` replaces every one
 * of them with itself, and on news text that made it ten times slower.
 */
export function collapseSpaces(s: string): string {
  return s.replace(/\s\s+|[^\S ]/g, ' ');
}
