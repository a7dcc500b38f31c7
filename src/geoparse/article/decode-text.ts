/** Why some bytes are not an article's text. */
export type TextProblem = 'empty' | 'blank' | 'binary' | 'not-utf8';

export type DecodedText = { text: string } | { problem: TextProblem };

/** NUL bytes in the first 8 KiB: a binary file (image, PDF, archive), which no text has. */
const SNIFF_BYTES = 8192;

/**
 * Bytes → an article's text, or why they are not one. UTF-8 only: other encodings would decode to
 * wrong letters silently, and wrong letters make wrong places. The decoder drops a leading BOM, so
 * offsets count from the first letter.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { problem: 'empty' };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { problem: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'not-utf8' };
  }
  return text.trim() === '' ? { problem: 'blank' } : { text };
}
