import { describe, expect, it } from 'vitest';
import { ARTICLES, MENTIONS } from '../model/fixtures/small-dataset.ts';
import { joinMentions, splitMentions, type AddReply } from './protocol.ts';

describe('splitMentions and joinMentions', () => {
  const article: AddReply = { ok: true, added: { kind: 'article', record: { article: ARTICLES[0]!, mentions: MENTIONS.slice(0, 3), placeNames: {}, added: 1 } } };
  const file: AddReply = { ok: true, added: { kind: 'mentions', mentions: MENTIONS } };

  it.each([['an article', article], ['a file of mentions', file]])('take the mentions out of %s and put them back', (_, reply) => {
    const { outcome, mentions } = splitMentions(reply);
    expect(JSON.stringify(outcome)).not.toContain('"surface"');
    expect(mentions.length).toBeGreaterThan(0);
    expect(joinMentions(outcome, mentions)).toEqual(reply);
  });

  it('leave a refusal or a known article as it is', () => {
    const refused: AddReply = { ok: false, problem: { code: 'binary' } };
    const known: AddReply = { ok: true, added: { kind: 'known', title: 'T' } };
    expect(splitMentions(refused)).toEqual({ outcome: refused, mentions: [] });
    expect(splitMentions(known)).toEqual({ outcome: known, mentions: [] });
    expect(joinMentions(known, [])).toBe(known);
  });
});
