import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { applyFilters, NO_FILTERS } from './filters.ts';
import { DATASET } from './fixtures/small-dataset.ts';
import { aggregatePoints } from './points.ts';

describe('aggregatePoints', () => {
  const catalog = buildCatalog(DATASET);

  it('makes one point per place, article and section, counting duplicates out', () => {
    const { visible } = applyFilters(catalog, NO_FILTERS, null);
    const points = aggregatePoints(catalog, visible).features;
    expect(points).toHaveLength(6);
    const mosul = points.find((f) => f.properties.name === 'Mosul')!;
    expect(mosul.properties).toMatchObject({ a: 0, n: 1, related: 0 });
    expect(mosul.geometry.coordinates).toEqual([43.11889, 36.335]);
    expect(points.find((f) => f.properties.name === 'Da Nang')!.properties.related).toBe(1);
  });

  it('draws only what the filters let through', () => {
    const { visible } = applyFilters(catalog, { ...NO_FILTERS, text: 'raqqa' }, null);
    expect(aggregatePoints(catalog, visible).features.map((f) => f.properties.name)).toEqual(['Raqqa']);
  });
});
