import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { DATASET } from './fixtures/small-dataset.ts';
import { dataBounds } from './frame.ts';

describe('dataBounds', () => {
  it('frames body places finer than a country, leaving out related links', () => {
    expect(dataBounds(buildCatalog(DATASET))).toEqual([39.00788, 35.0736, 43.12667, 36.34306]);
  });

  it('frames every place when no body place is finer than a country', () => {
    const related = DATASET.mentions.filter((m) => m.properties.section === 'related');
    expect(dataBounds(buildCatalog({ ...DATASET, mentions: related }))).toEqual([108.22083, 16.06778, 108.22083, 16.06778]);
  });

  it('has nothing to frame without mentions', () => {
    expect(dataBounds(buildCatalog({ ...DATASET, mentions: [] }))).toBeNull();
  });
});
