import { describe, expect, it } from 'vitest';
import { addedArticleId } from './article-id.ts';

describe('addedArticleId', () => {
  it('reads as the title, folded to ASCII, with a fingerprint of the text', () => {
    expect(addedArticleId('Quân đội Iraq tiến vào Tây Mosul', 'text')).toMatch(/^quan-doi-iraq-tien-vao-t-[0-9a-z]{7}$/);
    expect(addedArticleId('“Raqqa” falls!', 'text')).toMatch(/^raqqa-falls-[0-9a-z]{7}$/);
  });

  it('is the same for the same title and text, and differs when the text does', () => {
    expect(addedArticleId('Mosul', 'Troops in Mosul.')).toBe(addedArticleId('Mosul', 'Troops in Mosul.'));
    expect(addedArticleId('Mosul', 'Troops in Mosul.')).not.toBe(addedArticleId('Mosul', 'Troops in Mosul!'));
  });

  it('has a name even for a title with no Latin letters', () => {
    expect(addedArticleId('الموصل', 'x')).toMatch(/^article-[0-9a-z]{7}$/);
  });
});
