/**
 * The committed compact gazetteer with the geoparser: sentences whose reading depends on the real
 * data (how many namesakes a name has, how big each is), which the hand-made fixture cannot show.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GAZETTEER, readGazetteerFile } from '../../src/cli/gazetteer-file.ts';
import { geoparseArticle, openGazetteer } from '../../src/geoparse/index.ts';
import type { GazetteerIndex } from '../../src/geoparse/gazetteer/load-gazetteer.ts';

let gazetteer: GazetteerIndex;
beforeAll(() => {
  gazetteer = openGazetteer(readGazetteerFile(DEFAULT_GAZETTEER));
});

/** "surface=name/countryCode/type" for each mention. */
const read = (text: string): string[] =>
  geoparseArticle(text, 'test', gazetteer).map(f => `${f.properties.surface}=${f.properties.name}/${f.properties.countryCode}/${f.properties.type}`);

describe('resolution with the real gazetteer', () => {
  it('reads a US state before a foreign town that shares its name with its own department', () => {
    expect(read('Florida Attorney General Bill McCollum spoke on Monday.')).toEqual(['Florida=Florida/US/admin1']);
  });
  it('reads a state by the county and town named with it', () => {
    expect(read('Hall County officials said Gainesville and Georgia agencies were told.')).toEqual([
      'Hall County=Hall County/US/region',
      'Gainesville=Gainesville/US/city',
      'Georgia=Georgia/US/admin1',
    ]);
  });
  it('reads a county and a town in it together', () => {
    const found = geoparseArticle('The burn ban for Walker County was lifted. Huntsville firefighters agreed.', 'test', gazetteer);
    expect(found.map(f => f.properties.placeId)).toEqual(['fips:48471', 'gn:4699540']);
  });
  it('finds a country named without the article inside its name, and the DR Congo\'s provinces of 2015', () => {
    expect(read('Ebola reached Ituri province in the Democratic Republic of Congo, and the U.A.E. sent aid.')).toEqual([
      'Ituri=Ituri/CD/admin1',
      'Democratic Republic of Congo=Democratic Republic of the Congo/CD/country',
      'U.A.E.=United Arab Emirates/AE/country',
    ]);
  });
  it("finds the regions Natural Earth has only as its provinces' field, and the provinces by their own names", () => {
    expect(read('Lockdowns in Lombardy, Catalonia and Brittany; hospitals in Bergamo province and Western Visayas were full.')).toEqual([
      'Lombardy=Lombardy/IT/admin1',
      'Catalonia=Catalonia/ES/admin1',
      'Brittany=Brittany/FR/admin1',
      'Bergamo=Bergamo/IT/admin1',
      'Western Visayas=Western Visayas/PH/admin1',
    ]);
  });
  it('finds the rivers, seas, islands, deserts and mountains world news names', () => {
    expect(read('Ships on the Rhine and the Nile, migrants off Lampedusa, fires on Borneo, and locusts from the Sahara to the Himalayas.')).toEqual([
      'Rhine=Rhine//water',
      'Nile=Nile//water',
      'Lampedusa=Lampedusa/IT/region',
      'Borneo=Borneo//region',
      'Sahara=Sahara//region',
      'Himalayas=Himalayas//region',
    ]);
    expect(read('Tàu hàng mắc cạn trên sông Dương Tử.')).toEqual(['sông Dương Tử=Yangtze/CN/water']);
  });
  it('finds Arabic names with the article written either way, old names of great cities, and Chernobyl', () => {
    expect(read('Strikes hit Deir al-Balah and Al Fasher.')).toEqual(['Deir al-Balah=Dayr al Balaḩ/PS/city', 'Al Fasher=El Fasher/SD/city']);
    expect(read('The Peking office moved staff from Chernobyl.')).toEqual(['Peking=Beijing/CN/city', 'Chernobyl=Chernobyl/UA/site']);
  });
  it('finds Vietnamese names with the tone mark on either vowel', () => {
    expect(read('Mưa lớn ở tỉnh Khánh Hoà và tỉnh Thanh Hoá.')).toEqual(['Khánh Hoà=Khánh Hòa/VN/admin1', 'Thanh Hoá=Thanh Hóa/VN/admin1']);
  });
  it('finds the urban districts of Vietnam\'s cities, and the city or province after a district and a comma', () => {
    expect(read('Nước dâng ở quận Long Biên, Hà Nội và Gò Vấp. Huyện Mường Lát, Thanh Hóa bị cô lập.')).toEqual([
      'quận Long Biên=Long Bien/VN/district',
      'Hà Nội=Hanoi/VN/city',
      'Gò Vấp=Go Vap/VN/district',
      'Mường Lát=Mường Lát/VN/city',
      'Thanh Hóa=Thanh Hóa/VN/admin1',
    ]);
  });
  it('finds a Vietnamese name that GeoNames writes with a tone left out, or with its kind of division', () => {
    expect(read('Du khách đổ về Hội An và Tà Lùng.')).toEqual(['Hội An=Hoi An/VN/city', 'Tà Lùng=Thị Trấn Tà Lùng/VN/city']);
  });
  it('finds straits, canals and bays, also by Vietnamese names that open with two lowercase words', () => {
    expect(read('Iran dọa đóng cửa eo biển Hormuz; hàng qua kênh đào Suez và vịnh Bắc Bộ giảm.')).toEqual([
      'Iran=Iran/IR/country',
      'eo biển Hormuz=Strait of Hormuz//water',
      'kênh đào Suez=Suez Canal//water',
      'vịnh Bắc Bộ=Gulf of Tonkin//water',
    ]);
    expect(read('Ships crossed the Taiwan Strait and the Dnipro River.')).toEqual(['Taiwan Strait=Taiwan Strait//water', 'Dnipro River=Dnieper//water']);
  });
  it('reads a name listed with capitals as a capital, not a village of the country the article is about', () => {
    const found = read('Quân đội Iraq giành lại Tikrit và tiến về tỉnh Anbar, nơi IS kiểm soát Fallujah và Ramadi. Phái đoàn từ Beirut đến Amman, Riyadh và Doha.');
    expect(found).toContain('Riyadh=Riyadh/SA/city');
  });
  it('finds regions news names within countries', () => {
    expect(read('Storms swept the Midwest and New England.')).toEqual(['Midwest=Midwest/US/region', 'New England=New England/US/region']);
    expect(read('Floods hit Yorkshire and Cumbria.')).toEqual(['Yorkshire=Yorkshire/GB/region', 'Cumbria=Cumbria/GB/admin1']);
  });
  it('reads a compass word before a name as the part of it the gazetteer has under its English name', () => {
    expect(read('Hezbollah ở miền Nam Li-băng bắn rocket vào miền Bắc Israel.')).toEqual(['Nam Li-băng=South/LB/admin1', 'Israel=Israel/IL/country']);
  });
  it('takes no town for a parliament or an everyday word at the head of a name', () => {
    expect(read('The State Duma voted. Metro Nashville police said an Eagle Scout from Ohio helped.')).toEqual(['Nashville=Nashville/US/city', 'Ohio=Ohio/US/admin1']);
  });
  it('finds Quebec City by its English name', () => {
    expect(read('Snow closed roads in Quebec City on Monday.')).toEqual(['Quebec City=Québec/CA/city']);
  });
  it('finds the Spratly and Paracel Islands by their Vietnamese names', () => {
    expect(read('Tàu cá bị xua đuổi gần quần đảo Hoàng Sa và quần đảo Trường Sa.')).toEqual([
      'quần đảo Hoàng Sa=Paracel Islands/CN/admin1',
      'quần đảo Trường Sa=Spratly Islands//admin1',
    ]);
  });
  it('finds Los Angeles written L.A.', () => {
    expect(read('L.A. police were disappointed.')).toEqual(['L.A.=Los Angeles/US/city']);
  });
  it('finds Saint Petersburg written short, and a city before a parish of its name', () => {
    expect(read('Talks in St. Petersburg, Russia, ended.')).toEqual(['St. Petersburg=Saint Petersburg/RU/city', 'Russia=Russia/RU/country']);
    expect(read('Snow fell in Saint Paul on Monday.')).toEqual(['Saint Paul=Saint Paul/US/city']);
  });
  it('finds the airports news names bare, by the city beside them, in English and Vietnamese', () => {
    expect(read('Flights from London were cancelled at Heathrow and Gatwick.')).toEqual([
      'London=London/GB/city',
      'Heathrow=Heathrow Airport/GB/site',
      'Gatwick=Gatwick Airport/GB/site',
    ]);
    expect(read('Máy bay hạ cánh xuống sân bay Tân Sơn Nhất, rồi bay ra Nội Bài.')).toEqual([
      'Tân Sơn Nhất=Tan Son Nhat International Airport/VN/site',
      'Nội Bài=Noi Bai International Airport/VN/site',
    ]);
  });
  it("reads a continent's people as a mention of it, marked as such", () => {
    const found = geoparseArticle('European officials said Asian economies slowed.', 'test', gazetteer).map(f => [f.properties.surface, f.properties.name, f.properties.demonym]);
    expect(found).toEqual([['European', 'Europe', true], ['Asian', 'Asia', true]]);
  });
  it("reads a region's people as a mention of it, not a village that shares the word", () => {
    expect(read('Catalan and Basque leaders met Welsh ministers.')).toEqual([
      'Catalan=Catalonia/ES/admin1',
      'Basque=Basque Country/ES/admin1',
      'Welsh=Wales/GB/region',
    ]);
  });
  it('finds English counties that are no longer one authority', () => {
    expect(read('Schemes in Reading, Berkshire, and in Greater London were rejected.')).toEqual([
      'Reading=Reading/GB/city',
      'Berkshire=Berkshire/GB/region',
      'Greater London=London/GB/admin1',
    ]);
  });
  it('finds the rivers Vietnamese flood news names', () => {
    expect(read('Nước sông Hương dâng cao, sông Lam và sông Thu Bồn tràn bờ.')).toEqual([
      'sông Hương=Perfume River/VN/water',
      'sông Lam=Lam River/VN/water',
      'sông Thu Bồn=Thu Bon River/VN/water',
    ]);
  });
  it('finds countries and cities by the hyphened transliterations of the Vietnamese news agencies', () => {
    expect(read('Máy bay từ Bây-rút tới Xa-na, rồi sang Tuy-ni-di.')).toEqual([
      'Bây-rút=Beirut/LB/city',
      'Xa-na=Sanaa/YE/city',
      'Tuy-ni-di=Tunisia/TN/country',
    ]);
  });
  it('finds the towns around Mosul that GeoNames\' cities500 lacks', () => {
    expect(read('Peshmerga fighters held Bashiqa and Bartella, east of Mosul.')).toEqual([
      'Bashiqa=Bashiqa/IQ/city',
      'Bartella=Bartella/IQ/city',
      'Mosul=Mosul/IQ/city',
    ]);
  });
});
