import { describe, expect, it } from 'vitest';
import { readerText, type Run } from './reader-text.ts';

const TEXT = 'Troops in Mosul.\nTroops in Mosul.\nRelated\nRaqqa falls';
//            0         10    16 17       27    33 34     41 42   47
const MOSUL_1 = { start: 10, end: 15 };
const MOSUL_2 = { start: 27, end: 32 };
const RAQQA = { start: 42, end: 47 };
const LAYOUT = { relatedStart: 34, duplicates: [[17, 33]] as Array<[number, number]> };

const show = (runs: Run[]) => runs.map((r) => `${r.duplicate ? 'dup:' : ''}${r.segments.map((s) => (s.mention === null ? s.text : `[${s.text}#${s.mention}]`)).join('')}`);

describe('readerText', () => {
  it('sets repeats and the related block apart, every mention in its place', () => {
    const { body, related } = readerText(TEXT, LAYOUT, [RAQQA, MOSUL_1, MOSUL_2]);
    expect(show(body)).toEqual(['Troops in [Mosul#1].\n', 'dup:Troops in [Mosul#2].', '\n']);
    expect(show(related)).toEqual(['Related\n[Raqqa#0] falls']);
  });

  it('is the whole text as one body run without a layout', () => {
    const { body, related } = readerText(TEXT, undefined, [MOSUL_1]);
    expect(show(body)).toEqual([TEXT.replace('Mosul', '[Mosul#0]')]);
    expect(related).toEqual([]);
  });

  it('keeps a mention that crosses a cut whole, in the stretch where it starts', () => {
    const { body, related } = readerText('ab cd', { relatedStart: 4, duplicates: [] }, [{ start: 3, end: 5 }]);
    expect(show(body)).toEqual(['ab [cd#0]']);
    expect(related).toEqual([]);
  });

  it('loses no character, whatever the cuts', () => {
    const { body, related } = readerText(TEXT, { relatedStart: 20, duplicates: [[5, 12], [30, 40]] }, [MOSUL_1, MOSUL_2, RAQQA]);
    expect([...body, ...related].flatMap((r) => r.segments.map((s) => s.text)).join('')).toBe(TEXT);
  });
});
