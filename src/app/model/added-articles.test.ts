import { describe, expect, it } from 'vitest';
import { importMentions, renamed, withAdded, type AddedArticle } from './added-articles.ts';
import { correctionKey, type Correction, type ExplorerMention } from './corrections.ts';
import type { Dataset } from './dataset.ts';
import { ARTICLES, DATASET, MENTIONS } from './fixtures/small-dataset.ts';

const NONE = new Map<string, Correction>();
const retitled = (i: number, article: string, title: string) => ({ ...MENTIONS[i]!, properties: { ...MENTIONS[i]!.properties, article, title } });

// the seeds are vi-mosul and en-raqqa; "undated" arrives as an added article
const seeds: Dataset = { articles: ARTICLES.slice(0, 2), mentions: MENTIONS.slice(0, 6), placeNames: DATASET.placeNames };
const undated: AddedArticle = { article: ARTICLES[2]!, mentions: [MENTIONS[6]!], placeNames: { 'ne:SY.DZ': ['Deir ez-Zor', 'Đơ Ez Zo'] }, added: 2 };
const pasted: AddedArticle = {
  article: { id: 'pasted', title: 'Pasted', date: null, source: null, lang: 'en', text: 'Raqqa and Mosul.' },
  mentions: [retitled(3, 'pasted', 'Pasted'), retitled(1, 'pasted', 'Pasted')],
  placeNames: {},
  added: 1,
};

describe('withAdded', () => {
  it('is the dataset itself when nothing was added', () => {
    expect(withAdded(seeds, [])).toBe(seeds);
  });

  it('lists added articles after the seeds in the order they were added, with their mentions and names', () => {
    const dataset = withAdded(seeds, [undated, pasted]);
    expect(dataset.articles.map((a) => a.id)).toEqual(['vi-mosul', 'en-raqqa', 'pasted', 'undated']);
    expect(dataset.mentions).toHaveLength(9);
    expect(dataset.placeNames['ne:SY.DZ']).toEqual(['Deir ez-Zor', 'Đơ Ez Zo']);
    expect(dataset.placeNames['gn:99072']).toEqual(DATASET.placeNames['gn:99072']);
  });

  it('adds the new mentions of a seed from a record under its id, and no mention twice', () => {
    const extra: AddedArticle = { ...pasted, article: { ...pasted.article, id: 'vi-mosul' }, mentions: [MENTIONS[0]!, retitled(4, 'vi-mosul', 'x')] };
    const dataset = withAdded(seeds, [extra]);
    expect(dataset.articles.map((a) => a.id)).toEqual(['vi-mosul', 'en-raqqa']);
    expect(dataset.mentions).toHaveLength(7);
  });
});

describe('importMentions', () => {
  it('makes a record per new article, known by its mentions', () => {
    const { added, changed, fresh } = importMentions(seeds, [], [MENTIONS[6]!, retitled(3, 'undated', 'No date')], NONE, 5);
    expect(fresh).toBe(2);
    expect(changed).toEqual(added);
    expect(added).toEqual([{ article: { id: 'undated', title: 'No date', date: null, source: null, lang: 'en', text: null }, mentions: [MENTIONS[6], retitled(3, 'undated', 'No date')], placeNames: {}, added: 5 }]);
  });

  it('skips mentions already on the map and grows the record of a known article', () => {
    const dataset = withAdded(seeds, [pasted]);
    const { added, changed, fresh } = importMentions(dataset, [pasted], [...MENTIONS.slice(0, 6), ...pasted.mentions, retitled(4, 'pasted', 'Pasted')], NONE, 9);
    expect(fresh).toBe(1);
    expect(changed.map((r) => [r.article.id, r.mentions.length, r.added])).toEqual([['pasted', 3, 1]]);
    expect(added).toEqual(changed);
  });

  it('adds nothing for a file of known mentions', () => {
    expect(importMentions(seeds, [], MENTIONS.slice(0, 6), NONE, 1)).toEqual({ added: [], changed: [], fresh: 0, corrections: [] });
  });

  // as the explorer exports "Mosul" (vi-mosul, 30) after the user moved it to Mosul, Texas
  const movedMosul: ExplorerMention = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [-95.2, 32.1] },
    properties: { ...MENTIONS[1]!.properties, placeId: 'gn:4710000', name: 'Mosul', type: 'city', countryCode: 'US', confidence: 1, corrected: true },
  };

  it('reads a corrected mention of a mention on the map as a correction of it, not as another mention', () => {
    const { added, fresh, corrections } = importMentions(seeds, [], [movedMosul, MENTIONS[0]!], NONE, 3);
    expect([added, fresh]).toEqual([[], 0]);
    expect(corrections).toEqual([
      { article: 'vi-mosul', start: 30, end: 35, place: { id: 'gn:4710000', name: 'Mosul', type: 'city', countryCode: 'US', lon: -95.2, lat: 32.1, within: null, names: ['Mosul'] } },
    ]);
  });

  it('keeps a correction this browser made, and a corrected mention of a new article as a mention', () => {
    const mine: Correction = { article: 'vi-mosul', start: 30, end: 35, place: null };
    expect(importMentions(seeds, [], [movedMosul], new Map([[correctionKey('vi-mosul', 30), mine]]), 3).corrections).toEqual([]);
    const elsewhere = { ...movedMosul, properties: { ...movedMosul.properties, article: 'copy' } };
    const { added, fresh, corrections } = importMentions(seeds, [], [elsewhere], NONE, 3);
    expect([added[0]!.mentions, fresh, corrections]).toEqual([[elsewhere], 1, []]);
  });

  it('adds a corrected mention whose words end elsewhere: it was made on another text', () => {
    const longer: ExplorerMention = { ...MENTIONS[1]!, properties: { ...MENTIONS[1]!.properties, end: 36, placeId: 'gn:1', corrected: true } };
    const { fresh, corrections } = importMentions(seeds, [], [longer], NONE, 3);
    expect([fresh, corrections]).toEqual([1, []]);
  });
});

describe('renamed', () => {
  it('renames the article and every mention of it', () => {
    const record = renamed(pasted, 'Mosul and Raqqa');
    expect(record.article.title).toBe('Mosul and Raqqa');
    expect(record.mentions.map((m) => m.properties.title)).toEqual(['Mosul and Raqqa', 'Mosul and Raqqa']);
    expect(pasted.article.title).toBe('Pasted');
  });
});
