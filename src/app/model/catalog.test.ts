import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { DATASET, MENTIONS } from './fixtures/small-dataset.ts';

describe('buildCatalog', () => {
  const catalog = buildCatalog(DATASET);

  it('makes one place per place id, at the mention coordinates', () => {
    expect(catalog.places.map((p) => p.id)).toEqual(['cur:old-city-mosul', 'gn:99072', 'gn:163915', 'iso:SY', 'gn:1583992', 'ne:SY.DZ']);
    expect(catalog.places[1]).toMatchObject({ name: 'Mosul', type: 'city', lon: 43.11889, lat: 36.335 });
  });

  it('indexes every mention by place and article', () => {
    expect([...catalog.mentionPlace]).toEqual([0, 1, 1, 2, 3, 4, 5]);
    expect([...catalog.mentionArticle]).toEqual([0, 0, 0, 1, 1, 1, 2]);
  });

  it('searches a place by its gazetteer names and by how articles wrote it', () => {
    const mosul = catalog.places[1]!;
    expect(mosul.searchKey).toContain('mossoul');
    expect(mosul.searchKey).toContain('الموصل');
    expect(catalog.places[4]!.searchKey).toContain('da nang');
  });

  it('gives each place a key that sorts names alphabetically, whatever their case and accents', () => {
    const named = (name: string) => ({ ...MENTIONS[0]!, properties: { ...MENTIONS[0]!.properties, placeId: name, name } });
    const names = ['Zakho', 'Ālbū Kamāl', 'al-Shifa', 'Đà Nẵng', 'Deir ez-Zor', 'Mosul', 'Dahuk'];
    const places = buildCatalog({ ...DATASET, mentions: names.map(named) }).places;
    expect([...places].sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1)).map((p) => p.name)).toEqual(['al-Shifa', 'Ālbū Kamāl', 'Đà Nẵng', 'Dahuk', 'Deir ez-Zor', 'Mosul', 'Zakho']);
  });

  it('knows an article only from its mentions when the article list lacks it', () => {
    const orphan = { ...MENTIONS[0]!, properties: { ...MENTIONS[0]!.properties, article: 'imported', title: 'From a file' } };
    const withOrphan = buildCatalog({ ...DATASET, mentions: [...MENTIONS, orphan] });
    expect(withOrphan.articles.at(-1)).toMatchObject({ id: 'imported', title: 'From a file', text: null });
    expect(withOrphan.mentionArticle[MENTIONS.length]).toBe(3);
  });
});
