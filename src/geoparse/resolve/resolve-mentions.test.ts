import { describe, expect, it } from 'vitest';
import { mentions } from '../test/geoparse-fixture.ts';

const countryOf = (text: string, surface: string) => mentions(text).find(m => m.surface === surface)?.countryCode;

describe('resolveMentions', () => {
  it('prefers the bigger place without context', () => {
    expect(countryOf('They met in Paris last week.', 'Paris')).toBe('FR');
  });
  it("prefers a place's own name to another's former or foreign name", () => {
    // Augsburg (259,000) was Augusta in Latin; Augusta, Maine, has 18,000 people
    expect(countryOf('The Augusta native had a long career.', 'Augusta')).toBe('US');
  });
  it('reads a town a feature is named after only where the article names its country', () => {
    expect(mentions('Floods hit Kenya as the Tana River rose.').map(m => m.name)).toEqual(['Kenya']);
    expect(mentions('Salmon returned to the Sacramento River, California officials said.').map(m => m.name)).toEqual(['Sacramento', 'California']);
    // a country's or a province's feature is on its land: "Jordan Valley"
    expect(mentions('Farms in the Jordan Valley dried up.').map(m => m.name)).toEqual(['Jordan']);
    expect(mentions('Officials flew to Tana on Friday.').map(m => m.name)).toEqual(['Antananarivo']);
  });
  it('reads a small foreign town as a person where a county after it does not hold it', () => {
    expect(mentions('Crowds in Huntsville, Macon and Austin waited to see Obama in Walker County.').map(m => m.name)).not.toContain('Obama');
  });
  it('reads a bare Vietnamese province name in Vietnamese as the province, its town only with "TP" or "thành phố"', () => {
    const ids = (text: string) => mentions(text).map(m => m.placeId);
    expect(ids('Mưa lớn ở Nam Định.')).toEqual(['ne:VN.ND']);
    expect(ids('Mưa lớn ở TP Nam Định.')).toEqual(['gn:1573517']);
    // a city that is a province of its own is the city; Syria's Raqqa is its town in any language
    expect(ids('Mưa lớn ở Hải Phòng.')).toEqual(['gn:1581298']);
    expect(ids('Giao tranh ở Raqqa.')).toEqual(['gn:172955']);
  });
  it('follows a containing province after a comma', () => {
    expect(countryOf('The fair returns to Paris, Texas, on Friday.', 'Paris')).toBe('US');
  });
  it('reads a name after a town and a comma as the province holding the town, not its namesake capital', () => {
    expect(mentions('Shelling hit Albu Kamal, Deir Ezzor, at dawn.').map(m => m.placeId)).toEqual(['gn:174448', 'ne:SY.07']);
    expect(mentions('Shelling hit Deir Ezzor at dawn.').map(m => m.placeId)).toEqual(['gn:170794']);
  });
  it("reads a village sharing a capital's name only by places named near it, not by the capital or country beside it", () => {
    expect(countryOf('Zelenskyy traveled to Warsaw and then Washington.', 'Warsaw')).toBe('PL');
    // a town named near it does count
    expect(countryOf('The fair moved from Warsaw to Tappahannock, an hour from Washington.', 'Warsaw')).toBe('US');
  });
  it("reads a village sharing a great city's name by places near it, or by a state the article keeps naming", () => {
    expect(countryOf('The New York side lost 2-1 in Liverpool on Sunday.', 'Liverpool')).toBe('GB');
    expect(countryOf('Floods hit Liverpool, New York. New York crews and New York police came.', 'Liverpool')).toBe('US');
    expect(countryOf('In New York, floods hit Liverpool. New York crews and New York police came.', 'Liverpool')).toBe('US');
  });
  it("reads an agency's dateline as the city the world knows by that name", () => {
    const text = 'Aid pledged\n\nWASHINGTON (AP) — Germany, France and Britain pledged more aid on Thursday.';
    expect(countryOf(text, 'WASHINGTON')).toBe('US');
    expect(countryOf(text.replace(' (AP) —', ' —'), 'WASHINGTON')).toBe('GB');
  });
  it('follows places co-mentioned in the article', () => {
    expect(mentions('Smoke rose over Shifa after strikes on Mosul.').find(m => m.surface === 'Shifa')).toMatchObject({ name: 'Al-Shifa', type: 'district' });
  });
  it('reads a district only where its city or its country is named', () => {
    expect(mentions('Clashes broke out near Kokjali, Turkey said.').map(m => m.surface)).toEqual(['Turkey']);
    expect(mentions('Clashes broke out near Kokjali, Iraq said.').map(m => m.surface)).toEqual(['Kokjali', 'Iraq']);
    expect(mentions('Clashes broke out near Kokjali and Mosul.').map(m => m.surface)).toEqual(['Kokjali', 'Mosul']);
  });
  it('reads a district whose city the gazetteer does not know only where its country is named', () => {
    expect(mentions('A rally filled Victoria Park on Saturday.')).toEqual([]);
    expect(mentions('A rally filled Victoria Park in Queensland.').map(m => m.surface)).toEqual(['Victoria Park', 'Queensland']);
  });
  it('reads a name near the countries the article names: Gaza beside Israel and Egypt is not in Mozambique', () => {
    expect(countryOf('Aid trucks crossed from Egypt into Gaza, Israel said.', 'Gaza')).toBe('PS');
  });
  it('reads a name that a town and its own province share as the town, before a province of that name elsewhere', () => {
    expect(mentions('Aid convoys entered Gaza on Monday.')[0]).toMatchObject({ placeId: 'gn:281133' });
  });
  it('reads a name as the country or province that holds the other places the article names', () => {
    expect(mentions('Schools in Macon closed on Friday. Georgia officials sent buses.').find(m => m.surface === 'Georgia')).toMatchObject({ placeId: 'ne:US.GA' });
    expect(mentions('Crowds filled Tbilisi on Friday. Georgia officials sent buses.').find(m => m.surface === 'Georgia')).toMatchObject({ placeId: 'iso:GE' });
  });
  it('reads two names as a county and a town in it, when both have namesakes elsewhere', () => {
    const found = mentions('The burn ban for Walker County was lifted. Huntsville firefighters agreed.');
    expect(found.map(m => m.placeId)).toEqual(['fips:48471', 'gn:4699540']);
    expect(mentions('Huntsville firefighters agreed.')[0]).toMatchObject({ placeId: 'gn:4068590' });
  });
  it('weighs a division by its share of its country: a parish of Antigua is smaller than a city of 285,000', () => {
    expect(mentions('Snow fell in Saint Paul on Monday.')[0]).toMatchObject({ placeId: 'gn:5045360' });
  });
  it('finds names written with Saint, Mount or Fort abbreviated, or in full', () => {
    expect(mentions('Snow fell in St. Paul and Ft. Worth on Monday.').map(m => m.placeId)).toEqual(['gn:5045360', 'gn:0000005']);
  });
  it('reads a sea before the province named after it', () => {
    expect(mentions('Ships avoid the Red Sea.')[0]).toMatchObject({ name: 'Red Sea', type: 'water' });
  });
  it('reads a name that says it is a sea as the sea, even in an article about the country of a province so named', () => {
    expect(mentions('Ships in the Red Sea were attacked, Egypt said.')[0]).toMatchObject({ placeId: 'cur:red-sea' });
    expect(mentions('Tàu hàng tránh Biển Đỏ, Ai Cập cho biết.')[0]).toMatchObject({ placeId: 'cur:red-sea' });
    expect(mentions('Tourists filled the Red Sea governorate, Egypt said.')[0]).toMatchObject({ placeId: 'ne:EG.RS' });
  });
  it('reads a name shared by a province and its capital as the capital, unless a word says province', () => {
    expect(mentions('Fighting went on in Raqqa.')[0]).toMatchObject({ type: 'city' });
    expect(mentions('Xe bốc cháy ở tỉnh Raqqa.')[0]).toMatchObject({ type: 'admin1' });
    expect(mentions('Fighting went on in the Raqqa region.')[0]).toMatchObject({ type: 'admin1' });
    expect(mentions('Fighting went on in Raqqa Province.')[0]).toMatchObject({ type: 'admin1' });
  });
  it('gives every occurrence of a name the same place', () => {
    const paris = mentions('Paris, Texas is small. Paris has a lake.').filter(m => m.surface === 'Paris');
    expect(new Set(paris.map(m => m.placeId))).toEqual(new Set(['gn:4717560']));
  });
  it('drops a small town abroad that nothing places, in an article about places elsewhere', () => {
    const surfaces = (text: string) => mentions(text).map(m => m.surface);
    expect(surfaces('Strikes hit Mosul, Raqqa and Damascus. Officials in Baghdad said Silopi had agreed.')).toEqual(['Mosul', 'Raqqa', 'Damascus', 'Baghdad']);
    expect(surfaces('Trucks from Silopi reached Mosul, Raqqa, Damascus and Baghdad.')).toContain('Silopi');
    expect(surfaces('Strikes hit Mosul, Raqqa and Damascus. Officials in Baghdad said Silopi, Turkey had agreed.')).toContain('Silopi');
    expect(surfaces('Xe từ Silopi đến Mosul, Raqqa, Damascus và Baghdad.')).toContain('Silopi');
    // too few other places to say the town is out of place
    expect(surfaces('Officials in Baghdad said Silopi had agreed.')).toEqual(['Baghdad', 'Silopi']);
  });
  it('is less confident when readings compete', () => {
    const [shifa] = mentions('Smoke rose over Shifa.');
    const [raqqa] = mentions('Smoke rose over Raqqa.');
    expect(shifa!.confidence).toBeLessThan(raqqa!.confidence);
  });
});
