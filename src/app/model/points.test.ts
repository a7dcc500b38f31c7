import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { applyFilters, NO_FILTERS } from './filters.ts';
import { DATASET, MENTIONS } from './fixtures/small-dataset.ts';
import { aggregatePoints } from './points.ts';

describe('aggregatePoints', () => {
  const catalog = buildCatalog(DATASET);
  const points = (filters = NO_FILTERS, dataset = DATASET) => {
    const c = dataset === DATASET ? catalog : buildCatalog(dataset);
    return aggregatePoints(c, applyFilters(c, filters, null).visible).features;
  };

  it('makes one point per place at its coordinates, counting duplicates out', () => {
    expect(points().map((f) => f.properties.name)).toEqual(['Old City of Mosul', 'Mosul', 'Raqqa', 'Syria', 'Da Nang', 'Deir ez-Zor Governorate']);
    const mosul = points()[1]!;
    expect(mosul.properties).toEqual({ p: 1, n: 1, a: 0, related: 0, name: 'Mosul' });
    expect(mosul.geometry.coordinates).toEqual([43.11889, 36.335]);
  });

  it('marks places known only from related links', () => {
    expect(points().find((f) => f.properties.name === 'Da Nang')!.properties.related).toBe(1);
  });

  it('gives a place in several articles no single article', () => {
    const again = { ...MENTIONS[1]!, properties: { ...MENTIONS[1]!.properties, article: 'en-raqqa', start: 3 } };
    const mosul = points(NO_FILTERS, { ...DATASET, mentions: [...MENTIONS, again] })[1]!;
    expect(mosul.properties).toMatchObject({ n: 2, a: -1 });
  });

  it('draws only what the filters let through', () => {
    expect(points({ ...NO_FILTERS, text: 'raqqa' }).map((f) => f.properties.name)).toEqual(['Raqqa']);
    expect(points({ ...NO_FILTERS, hiddenArticles: ['vi-mosul'] }).map((f) => f.properties.p)).toEqual([2, 3, 4, 5]);
  });
});
