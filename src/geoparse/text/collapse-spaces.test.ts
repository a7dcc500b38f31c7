import { describe, expect, it } from 'vitest';
import { collapseSpaces } from './collapse-spaces.ts';

describe('collapseSpaces', () => {
  it('makes every run of whitespace one space', () => {
    expect(collapseSpaces('Mosul,\n\tIraq  and\u00a0Raqqa \r\n')).toBe('Mosul, Iraq and Raqqa ');
  });
  it('leaves text with single spaces as it is', () => {
    expect(collapseSpaces(' Tal Afar ')).toBe(' Tal Afar ');
  });
});
