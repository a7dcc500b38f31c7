import { fold } from '../../geoparse/text/fold.ts';

/**
 * The geoparser's folding (case, diacritics, Đ) plus punctuation as spaces, so a typed
 * "deir ez zor" finds "Deir ez-Zor" and "thanh co" finds "Thành cổ".
 */
export function foldForSearch(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
