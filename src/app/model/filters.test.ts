import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { applyFilters, dateSpan, NO_FILTERS, type Filters } from './filters.ts';
import { DATASET } from './fixtures/small-dataset.ts';

const catalog = buildCatalog(DATASET);
const visibleIds = (filters: Partial<Filters>, view: [number, number, number, number] | null = null) => {
  const { visible } = applyFilters(catalog, { ...NO_FILTERS, ...filters }, view);
  return catalog.mentions.filter((_, m) => visible[m]).map((m) => `${m.properties.article}:${m.properties.surface}`);
};

describe('applyFilters', () => {
  it('shows everything without filters, counting duplicates out', () => {
    const result = applyFilters(catalog, NO_FILTERS, null);
    expect(result.visible.every((v) => v === 1)).toBe(true);
    expect([...result.articleCounts]).toEqual([2, 3, 1]);
    expect(result.placeCounts[1]).toBe(1);
    expect(result.placeShown[1]).toBe(1);
  });

  it('hides switched-off articles but still counts them in the legend', () => {
    const result = applyFilters(catalog, { ...NO_FILTERS, hiddenArticles: ['en-raqqa'] }, null);
    expect(visibleIds({ hiddenArticles: ['en-raqqa'] })).toEqual(['vi-mosul:Thành cổ Mosul', 'vi-mosul:Mosul', 'vi-mosul:Mosul', 'undated:Deir ez-Zor']);
    expect(result.articleCounts[1]).toBe(3);
    expect(result.groupCounts.country).toBe(0);
  });

  it('filters by layer group and by section', () => {
    expect(visibleIds({ hiddenGroups: ['city', 'local', 'region'] })).toEqual(['en-raqqa:Syria']);
    expect(visibleIds({ hiddenSections: ['body'] })).toEqual(['en-raqqa:Đà Nẵng']);
    const result = applyFilters(catalog, { ...NO_FILTERS, hiddenSections: ['related'] }, null);
    expect(result.sectionCounts).toEqual({ body: 5, related: 1 });
  });

  it('matches text without diacritics against names in any language', () => {
    expect(visibleIds({ text: 'thanh co' })).toEqual(['vi-mosul:Thành cổ Mosul']);
    expect(visibleIds({ text: 'da nang' })).toEqual(['en-raqqa:Đà Nẵng']);
    expect(visibleIds({ text: 'xy ri' })).toEqual(['en-raqqa:Syria']);
    expect(visibleIds({ text: 'ĐÀ' })).toEqual(['en-raqqa:Đà Nẵng']);
  });

  it('keeps articles whose date overlaps the range and drops undated ones', () => {
    expect(visibleIds({ dateFrom: '2017-11-15' }).map((id) => id.split(':')[0])).toEqual(['en-raqqa', 'en-raqqa', 'en-raqqa']);
    expect(visibleIds({ dateTo: '2017-06-20' }).map((id) => id.split(':')[0])).toEqual(['vi-mosul', 'vi-mosul', 'vi-mosul']);
    expect(visibleIds({ dateFrom: '2018-01-01' })).toEqual([]);
  });

  it('keeps places within the radius of a point', () => {
    const nearMosul = visibleIds({ area: { kind: 'near', lon: 43.12, lat: 36.34, km: 5 } });
    expect(nearMosul).toEqual(['vi-mosul:Thành cổ Mosul', 'vi-mosul:Mosul', 'vi-mosul:Mosul']);
    const wider = visibleIds({ area: { kind: 'near', lon: 43.12, lat: 36.34, km: 400 } });
    expect(wider).toContain('en-raqqa:Raqqa');
    expect(wider).not.toContain('en-raqqa:Đà Nẵng');
  });

  it('keeps places in the current view, also across the antimeridian', () => {
    expect(visibleIds({ area: { kind: 'view' } }, [100, 10, 110, 20])).toEqual(['en-raqqa:Đà Nẵng']);
    expect(visibleIds({ area: { kind: 'view' } }, [170, 10, 109, 20])).toEqual(['en-raqqa:Đà Nẵng']);
  });
});

describe('dateSpan', () => {
  it('widens partial dates to the days they cover', () => {
    expect(dateSpan('2017-11')).toEqual(['2017-11-01', '2017-11-31']);
    expect(dateSpan('2017')).toEqual(['2017-01-01', '2017-12-31']);
    expect(dateSpan('2017-06-20T10:00')).toEqual(['2017-06-20', '2017-06-20']);
    expect(dateSpan(null)).toBeNull();
    expect(dateSpan('June')).toBeNull();
  });
});
