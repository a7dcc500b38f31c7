/**
 * Folds text for matching typed queries against place names in any language: "thanh co" finds
 * "Thành cổ", "deir ez zor" finds "Deir ez-Zor". Marks are stripped after canonical
 * decomposition; Đ/đ and a few letters carry no decomposition, so they are mapped by hand.
 */
const UNDECOMPOSED: Record<string, string> = { đ: 'd', ð: 'd', ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' };

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/\p{M}+/gu, '')
    .replace(/[đðıłøßæœ]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
