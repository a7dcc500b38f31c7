import type { Line } from './lines.ts';

// Headings that open the block of links to other stories at the end of a news page.
const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      'tin liên quan', 'tin cùng chuyên mục', 'bài liên quan', 'bài viết liên quan', 'đọc thêm', 'xem thêm',
      'có thể bạn quan tâm', 'tin khác', 'related', 'related (?:news|articles|stories|content|coverage|posts)',
      'read more', 'more stories', 'see also', 'recommended', 'you may also like', 'more from .{1,40}',
    ].join('|') +
    ')\\s*:?$',
  'iu',
);
// "Mời quý độc giả theo dõi VOV.VN trên ...": the outlet's sign-off, after which only links follow.
const SIGN_OFF = /^mời (?:quý )?(?:độc giả|bạn đọc) (?:theo dõi|xem)/iu;

/** Offset of the first line that opens a trailing related-links block, or text.length. */
export function findRelatedStart(lines: Line[], textLength: number): number {
  const firstContent = lines.findIndex(l => l.text.trim() !== '');
  for (let i = firstContent + 1; i < lines.length; i++) {
    if (lines[i]!.text.length > 100) continue;
    const line = lines[i]!.text.normalize('NFC').trim();
    if (line.length <= 80 && (RELATED_HEADING.test(line) || SIGN_OFF.test(line))) return lines[i]!.start;
  }
  return textLength;
}
