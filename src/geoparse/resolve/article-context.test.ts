import { describe, expect, it } from 'vitest';
import { gazetteer } from '../test/geoparse-fixture.ts';
import { ArticleContext } from './article-context.ts';

const { table } = gazetteer;
const at = (id: string) => table.indexOf(id)!;

describe('ArticleContext', () => {
  it('counts a name read as a place as a mention of it, and a name for its people not', () => {
    const raqqa = at('ne:SY.04');
    expect(new ArticleContext([{ place: raqqa, demonym: false }], table).mentions(raqqa, null)).toBe(true);
    expect(new ArticleContext([{ place: raqqa, demonym: true }], table).mentions(raqqa, null)).toBe(false);
  });
  it('leaves a name\'s own reading out', () => {
    const reading = { place: at('ne:SY.04'), demonym: false };
    expect(new ArticleContext([reading], table).mentions(reading.place, reading)).toBe(false);
  });
  it('counts a name for a country\'s people towards the places in that country', () => {
    const mosul = at('gn:99072');
    const withIraqi = new ArticleContext([{ place: at('iso:IQ'), demonym: true }], table).affinity(mosul, null);
    const alone = new ArticleContext([], table).affinity(mosul, null);
    expect(withIraqi).toBeGreaterThan(alone);
  });
});
