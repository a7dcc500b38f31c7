import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(bytes('\uFEFFThành cổ Mosul'))).toEqual({ text: 'Thành cổ Mosul' });
  });

  it.each([
    ['nothing', new Uint8Array(), 'empty'],
    ['only whitespace', bytes(' \n\t\n'), 'blank'],
    ['a PNG header', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary'],
    ['Latin-1 text', Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), 'not-utf8'],
  ])('refuses %s', (_, input, problem) => {
    expect(decodeText(input)).toEqual({ problem });
  });
});
