import { describe, expect, it } from 'vitest';
import { mentions, places } from '../test/geoparse-fixture.ts';

describe('Vietnamese rules', () => {
  it('reads part-of-city and compass forms as the district the gazetteer has', () => {
    expect(places('Quân đội tiến vào khu Thành cổ Mosul hôm qua.')).toEqual([['Thành cổ Mosul', 'Old City of Mosul']]);
    expect(places('Binh sĩ nghỉ ở Tây Mosul.')).toEqual([['Tây Mosul', 'West Mosul']]);
    expect(places('Giao tranh ở phía đông Mosul vẫn tiếp diễn.')).toEqual([['đông Mosul', 'East Mosul']]);
  });
  it('falls back to the named place when the compass form is not a place of its own', () => {
    expect(places('Giao tranh ở phía đông Albu Kamal vẫn tiếp diễn.')).toEqual([['Albu Kamal', 'Abu Kamal']]);
  });
  it('reads a name that opens with its generic word in lowercase', () => {
    expect(places('Nước sông Hồng dâng cao, tàu tránh Sông Hồng.')).toEqual([['sông Hồng', 'Red River'], ['Sông Hồng', 'Red River']]);
    expect(places('Các nước châu Âu họp bàn.')).toEqual([['châu Âu', 'Europe']]);
  });
  it('reads no place in the last syllable of a longer name the gazetteer lacks', () => {
    // "gia" is the cue of "quốc gia Mỹ"; capitalised, it opens a name
    expect(places('Nhiều hộ dân ở huyện Gia Lâm phải sơ tán.')).toEqual([]);
    expect(places('Nhiều hộ dân ở Lâm phải sơ tán.')).toEqual([['Lâm', 'Lâm']]);
  });
  it('reads the province named after a place\'s kind word as holding it', () => {
    const ids = (text: string) => mentions(text).map(m => m.placeId);
    // both provinces are named: the one after "tỉnh" holds the district
    expect(ids('Mưa ở tỉnh Quảng Trị; lũ quét qua huyện Tân Phú tỉnh Nam Định.')).toEqual(['ne:VN.QT', 'gn:0000008', 'ne:VN.ND']);
    expect(ids('Mưa ở tỉnh Nam Định; lũ quét qua huyện Tân Phú tỉnh Quảng Trị.')).toEqual(['ne:VN.ND', 'gn:0000009', 'ne:VN.QT']);
  });
  it('reads a numbered district in digits', () => {
    expect(places('Cháy lớn tại quận 7, sau đó tại Quận 7.')).toEqual([['quận 7', 'Quận Bảy'], ['Quận 7', 'Quận Bảy']]);
  });
  it('reads a shoal or a reef by its lowercase kind words', () => {
    expect(places('Tàu hải cảnh áp sát bãi cạn Scarborough và đá Gạc Ma.')).toEqual([['bãi cạn Scarborough', 'Scarborough Shoal'], ['đá Gạc Ma', 'Johnson South Reef']]);
  });
  it('reads a name that opens with two generic words in lowercase', () => {
    expect(places('Tàu tuần tra gần quần đảo Trường Sa.')).toEqual([['quần đảo Trường Sa', 'Spratly Islands']]);
    expect(places('Đoàn công tác thăm Trường Sa.')).toEqual([['Trường Sa', 'Changsha']]);
  });
  it('reads "miền Bắc" before another name as that place\'s north, not northern Vietnam', () => {
    expect(places('Rocket bắn vào miền Bắc Israel trong đêm qua.')).toEqual([['Israel', 'Israel']]);
    expect(places('Mưa lớn ở miền Bắc trong đêm qua.')).toEqual([['miền Bắc', 'Northern Vietnam']]);
  });
  it('reads no place in the first syllables of a hyphened foreign name', () => {
    expect(places('Du khách tới Tuy-ni-di và Ba-Tuy.')).toEqual([]);
    expect(places('Du khách tới Tuy.')).toEqual([['Tuy', 'Tui']]);
  });
  it('reads a short country name hyphened to another country as the country', () => {
    expect(places('Quan hệ Nga-Mỹ căng thẳng.')).toEqual([['Nga', 'Russia'], ['Mỹ', 'United States']]);
    expect(places('Quan hệ Nga căng thẳng.')).toEqual([]);
  });
  it('does not read "Bắc" as the title "bác" before a name', () => {
    expect(places('Rocket bắn vào Bắc Israel trong đêm qua.')).toEqual([['Israel', 'Israel']]);
  });
  it('reads a compass word after "hướng" or "phía" as a direction, not a region', () => {
    expect(places('Gió thổi theo hướng Đông Bắc, vùng Đông Bắc mưa to.')).toEqual([['Đông Bắc', 'Northeast Vietnam']]);
  });
  it('lets a generic word choose the kind of place', () => {
    const [[, name]] = places('Xe bốc cháy ở tỉnh Deir Ezzor, miền đông Syria.') as [[string, string]];
    expect(name).toBe('Deir ez-Zor');
    const governorate = places('Xe bốc cháy ở tỉnh Deir Ezzor.');
    const city = places('Xe bốc cháy ở thành phố Deir Ezzor.');
    expect(governorate).toEqual([['Deir Ezzor', 'Deir ez-Zor']]);
    expect(city).toEqual([['Deir Ezzor', 'Deir ez-Zor']]);
  });
  it('takes short country names only where they name the country', () => {
    expect(places('Tướng Mỹ cho biết quân Iraq đã tiến vào.')).toEqual([['Mỹ', 'United States'], ['Iraq', 'Iraq']]);
    expect(places('Anh cho biết người Anh đã rời đi.')).toEqual([['Anh', 'United Kingdom']]);
    expect(places('Cô ấy học tiếng Anh và tiếng Pháp.')).toEqual([]);
    expect(places('Hỏa lực của Nga rất mạnh.')).toEqual([['Nga', 'Russia']]);
    expect(places('Ông Nguyễn Minh Đức nói đồng minh Đức đã đến.')).toEqual([['Đức', 'Germany']]);
    expect(places('Phái đoàn đến Mosul, Đức và Pháp.')).toEqual([['Mosul', 'Mosul'], ['Đức', 'Germany'], ['Pháp', 'France']]);
    expect(places('Tại Mosul, Anh Tuấn cho biết.')).toEqual([['Mosul', 'Mosul']]);
  });
  it('reads a name of several syllables that the gazetteer writes with a tone left out, but not one syllable', () => {
    expect(places('Du khách đổ về Hội An.')).toEqual([['Hội An', 'Hoi An']]);
    expect(places('Mưa lớn ở Huê.')).toEqual([]);
  });
  it('does not read Vietnamese words as foreign places that only folding makes equal', () => {
    expect(places('Một binh sĩ đứng gác. Tuy nhiên, không ai đến.')).toEqual([]);
  });
  it('reads foreign names written as hyphenated syllables with only the first capitalised', () => {
    expect(places('Quân đội I-rắc và Xy-ri phối hợp với Ả Rập Xê-út.')).toEqual([['I-rắc', 'Iraq'], ['Xy-ri', 'Syria'], ['Ả Rập Xê-út', 'Saudi Arabia']]);
    expect(places("Ankara's mayor met Mosul's.")).toEqual([['Ankara', 'Ankara'], ['Mosul', 'Mosul']]);
  });
  it('does not read part of a longer Vietnamese name as a place, but reads one before a person\'s name', () => {
    expect(places('Tàu đến gần đảo Phú Quảng Trị.')).toEqual([]);
    expect(places('Mưa lớn ở Huế. Quân đội đến.')).toEqual([['Huế', 'Huế']]);
    expect(places('Chợ Quảng Trị Mới đông khách. Chủ tịch tỉnh Quảng Trị Võ Văn Hưng phát biểu. Ngoại trưởng Mỹ Antony Blinken đến.')).toEqual([
      ['Quảng Trị', 'Quảng Trị'],
      ['Mỹ', 'United States'],
    ]);
  });
  it('does not read a person\'s name as a place in a sentence where most words are names', () => {
    expect(places('Tin thời sự\nÔng Nguyễn Tân Phú tới Mosul và Huế.')).toEqual([['Mosul', 'Mosul'], ['Huế', 'Huế']]);
  });
  it('does not read a person with a title as a place', () => {
    expect(places('Tổng thống Mỹ Obama nói với Chủ tịch Ankara.')).toEqual([['Mỹ', 'United States']]);
  });
});
