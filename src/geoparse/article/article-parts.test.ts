import { describe, expect, it } from 'vitest';
import { detectLang } from './detect-lang.ts';
import { findDate } from './find-date.ts';
import { findDuplicates } from './find-duplicates.ts';
import { findRelatedStart } from './find-related.ts';
import { findSource } from './find-source.ts';
import { findTitle } from './find-title.ts';
import { linesOf } from './lines.ts';

describe('findTitle', () => {
  it('is the first non-empty line without a metadata prefix', () => {
    expect(findTitle(linesOf('\n date 2019-03 Lũ lụt ở Huế\nThân bài.'))).toBe('Lũ lụt ở Huế');
  });
  it('is the first sentence when the text is one long paragraph', () => {
    const long = `Quân đội tiến vào thành phố. ${'Câu tiếp theo rất dài. '.repeat(20)}`;
    expect(findTitle(linesOf(long))).toBe('Quân đội tiến vào thành phố.');
  });
});

describe('findDate', () => {
  it('refines a "date YYYY-MM" prefix with the day the text names', () => {
    expect(findDate(' date 2019-03 Theo báo ngày 12/3, lũ lên cao.')).toBe('2019-03-12');
  });
  it('reads Vietnamese dates with and without a year', () => {
    expect(findDate('Hôm qua, ngày 19/3/1975, quân ta tiến công.')).toBe('1975-03-19');
    expect(findDate('Trước đó, ngày 18/6, các lực lượng tấn công.')).toBe('--06-18');
  });
  it('reads English dates', () => {
    expect(findDate('Forces pushed on November 11 into the city.')).toBe('--11-11');
    expect(findDate('On Oct. 17, 2016, the offensive began.')).toBe('2016-10-17');
  });
  it('is null when the text names no date', () => {
    expect(findDate('No date here.')).toBeNull();
  });
});

describe('findSource', () => {
  it('reads credit lines in both languages', () => {
    expect(findSource('VOV.VN - Nhiều dấu hiệu cho thấy...')).toBe('VOV');
    expect(findSource('Bài viết dài.\nTheo Al Masdar News ngày 17/11, giao tranh...')).toBe('AMN');
    expect(findSource('Khói bốc lên. (Nguồn ảnh: Reuters)')).toBe('Reuters');
  });
  it('falls back to the first outlet the text names', () => {
    expect(findSource('The spokesman told Reuters that the push went on.')).toBe('Reuters');
    expect(findSource('Nothing credited here.')).toBeNull();
  });
});

describe('findRelatedStart', () => {
  it('starts at a related-links heading', () => {
    const text = 'Tiêu đề\nThân bài.\nTin liên quan\nBài khác';
    expect(findRelatedStart(linesOf(text), text.length)).toBe(text.indexOf('Tin liên quan'));
  });
  it('starts at an outlet sign-off line', () => {
    const text = 'Title\nBody.\nMời quý độc giả theo dõi VOV.VN trên\nRelated\nOther story';
    expect(findRelatedStart(linesOf(text), text.length)).toBe(text.indexOf('Mời'));
  });
  it('is the end of the text when there is no such block', () => {
    const text = 'Title\nRead more about it in the body, which goes on.';
    expect(findRelatedStart(linesOf(text), text.length)).toBe(text.length);
  });
});

describe('findDuplicates', () => {
  it('marks a repeated paragraph, ignoring spacing and a metadata prefix', () => {
    const text = ' date 2017-11 Giao tranh ở Albu Kamal, tỉnh Deir Ezzor.\n\nGiao tranh ở Albu Kamal , tỉnh Deir Ezzor.';
    const [dup] = findDuplicates(linesOf(text));
    expect(text.slice(dup![0], dup![1])).toBe('Giao tranh ở Albu Kamal , tỉnh Deir Ezzor.');
  });
  it('marks image-slug lines that fold another line', () => {
    const text = '[Photo] Cuộc chiến ở “thành trì” Raqqa\n\nphoto cuoc chien o thanh tri raqqa\n\nMột đoạn khác.';
    const dups = findDuplicates(linesOf(text)).map(([s, e]) => text.slice(s, e));
    expect(dups).toEqual(['photo cuoc chien o thanh tri raqqa']);
  });
});

describe('detectLang', () => {
  it('tells Vietnamese from English', () => {
    expect(detectLang('Các binh sĩ Iraq tiến vào thành phố Mosul.')).toBe('vi');
    expect(detectLang('Iraqi soldiers entered the city of Mosul.')).toBe('en');
  });
});
