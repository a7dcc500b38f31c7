import { describe, expect, it } from 'vitest';
import { geoparseArticle } from '../index.ts';
import { gazetteer } from '../test/geoparse-fixture.ts';

const TEXT = `Iraqi forces advance on Mosul

VOV.VN - Iraqi forces entered Mosul on November 11.

VOV.VN - Iraqi forces entered Mosul on November 11.

Related

Turkey sends troops to Silopi`;

describe('toMentionFeatures', () => {
  const features = geoparseArticle(TEXT, '004_story', gazetteer);

  it('gives one Point per mention with the contract properties', () => {
    const f = features.find(f => f.properties.surface === 'Mosul')!;
    expect(f.id).toBe(`004_story#${f.properties.start}`);
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [43.11889, 36.335] });
    expect(f.properties).toMatchObject({
      article: '004_story', title: 'Iraqi forces advance on Mosul', date: '--11-11', source: 'VOV', lang: 'en',
      placeId: 'gn:99072', name: 'Mosul', type: 'city', countryCode: 'IQ', section: 'body', duplicate: false, demonym: false,
    });
    expect(TEXT.slice(f.properties.start, f.properties.end)).toBe('Mosul');
    expect(f.properties.context).toBe('Iraqi forces advance on Mosul');
  });
  it('marks repeated paragraphs as duplicates and the related block as related', () => {
    const second = features.filter(f => f.properties.surface === 'Mosul')[2]!;
    expect(second.properties.duplicate).toBe(true);
    const silopi = features.find(f => f.properties.surface === 'Silopi')!;
    expect(silopi.properties.section).toBe('related');
  });
});
