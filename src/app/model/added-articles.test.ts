import { describe, expect, it } from 'vitest';
import { importMentions, renamed, withAdded, type AddedArticle } from './added-articles.ts';
import type { Dataset } from './dataset.ts';
import { ARTICLES, DATASET, MENTIONS } from './fixtures/small-dataset.ts';

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
    const { added, changed, fresh } = importMentions(seeds, [], [MENTIONS[6]!, retitled(3, 'undated', 'No date')], 5);
    expect(fresh).toBe(2);
    expect(changed).toEqual(added);
    expect(added).toEqual([{ article: { id: 'undated', title: 'No date', date: null, source: null, lang: 'en', text: null }, mentions: [MENTIONS[6], retitled(3, 'undated', 'No date')], placeNames: {}, added: 5 }]);
  });

  it('skips mentions already on the map and grows the record of a known article', () => {
    const dataset = withAdded(seeds, [pasted]);
    const { added, changed, fresh } = importMentions(dataset, [pasted], [...MENTIONS.slice(0, 6), ...pasted.mentions, retitled(4, 'pasted', 'Pasted')], 9);
    expect(fresh).toBe(1);
    expect(changed.map((r) => [r.article.id, r.mentions.length, r.added])).toEqual([['pasted', 3, 1]]);
    expect(added).toEqual(changed);
  });

  it('adds nothing for a file of known mentions', () => {
    expect(importMentions(seeds, [], MENTIONS.slice(0, 6), 1)).toEqual({ added: [], changed: [], fresh: 0 });
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
