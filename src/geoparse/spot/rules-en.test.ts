import { describe, expect, it } from 'vitest';
import { mentions, places } from '../test/geoparse-fixture.ts';

describe('English rules', () => {
  it('finds a place in its possessive form, without the "s"', () => {
    expect(places("Turkey's president spoke in Ankara.")).toEqual([['Turkey', 'Turkey'], ['Ankara', 'Ankara']]);
  });
  it('reads demonyms as mentions of the country, marked as such', () => {
    const [m] = mentions('Iraqi troops advanced.');
    expect(m).toMatchObject({ surface: 'Iraqi', name: 'Iraq', demonym: true });
    expect(mentions('Iraq said so.')[0]).toMatchObject({ demonym: false });
  });
  it('reads "eastern Mosul" as East Mosul, and "the Old City" as the Old City of the city in the text', () => {
    expect(places('Troops pushed into eastern Mosul.')).toEqual([['eastern Mosul', 'East Mosul']]);
    expect(places('Fighting reached Mosul and then the Old City.')).toEqual([['Mosul', 'Mosul'], ['Old City', 'Old City of Mosul']]);
    expect(places('Tourists like the Old City.')).toEqual([]);
  });
  it('reads compass words before a name as part of its description, not as a region they name elsewhere', () => {
    expect(places('Floods cut roads in the Far North, and Far North Queensland dried out.')).toEqual([['Far North', 'Far North'], ['Queensland', 'Queensland']]);
  });
  it('reads an everyday word as a small town only where a province follows it after a comma, or a county after "in"', () => {
    const ids = (text: string) => mentions(text).map(m => m.placeId);
    // a town of 475 people in Texas, one of 26,000 in California's Butte County, and one of 223,000 in Nevada
    expect(ids('Smoke rose over Paradise on Sunday.')).toEqual(['gn:5509952']);
    expect(ids('Smoke rose over Paradise, Texas, on Sunday.')).toEqual(['gn:4717191', 'ne:US.TX']);
    expect(ids('Smoke rose over Paradise in Butte County on Sunday.')).toEqual(['gn:5381002', 'fips:06007']);
    // only a province or county that holds the town: no town of Poland is in Walker County
    expect(places('Police in Walker County arrested three men.')).toEqual([['Walker County', 'Walker County']]);
  });
  it('reads "north Arlington" as a part of Arlington, not a town of that name elsewhere', () => {
    expect(places('A farm in north Arlington was sold.')).toEqual([['Arlington', 'Arlington']]);
    expect(places('A farm in North Arlington was sold.')).toEqual([['North Arlington', 'North Arlington']]);
  });
  it('reads a generic word alone as a place only after "the"', () => {
    expect(places('Gulf states met. Tankers waited in the Gulf.')).toEqual([['the Gulf', 'Persian Gulf']]);
  });
  it('does not take persons and organisations for the places in their names', () => {
    expect(places('Abu Bakr al-Baghdadi fled, Al Masdar News said.')).toEqual([]);
    expect(places('Islamic State (IS) fighters and Hezbollah, Reuters reported.')).toEqual([]);
    expect(places('Spokesman Sabah al-Numani said Jessica Paris agreed.')).toEqual([]);
    expect(places('United Russia won the vote.')).toEqual([]);
    // football clubs, as Vietnamese sports news writes them too
    expect(places('Man Utd thua Paris 0-3, Bayern Munich thắng.')).toEqual([['Paris', 'Paris']]);
    expect(places('The USS Georgia and BRP Paris docked near Paris.')).toEqual([['Paris', 'Paris']]);
  });
  it('reads a name before "said" as a speaker, unless a preposition puts it in a place, "the" makes it a thing or it is a country or a capital', () => {
    expect(places('Mosul said the talks were over.')).toEqual([]);
    expect(places('Ankara said the talks were over, and Turkey agreed.')).toEqual([['Ankara', 'Ankara'], ['Turkey', 'Turkey']]);
    expect(places('Officials in Ankara said the talks were over.')).toEqual([['Ankara', 'Ankara']]);
    expect(places('Officials in Mosul and Ankara said the talks were over.')).toEqual([['Mosul', 'Mosul'], ['Ankara', 'Ankara']]);
    expect(places('Shipping through the Bosphorus continued.')).toEqual([['Bosphorus', 'Bosphorus']]);
  });
  it('reads the provinces and cities of Vietnam written without accents, not its villages', () => {
    expect(places('Floods hit Hue and Tan Phu.')).toEqual([['Hue', 'Huế']]);
    expect(places('Lũ lớn ở Hue và Huế.')).toEqual([['Huế', 'Huế']]);
  });
  it('keeps acronyms to capitals', () => {
    expect(places('US forces and the UAE agreed; ask us.')).toEqual([['US', 'United States'], ['UAE', 'United Arab Emirates']]);
    expect(places('It was backed by the U.S. and Britain.')).toEqual([['U.S.', 'United States'], ['Britain', 'United Kingdom']]);
    expect(places('The US cut ties. US President Obama spoke.')).toEqual([['US', 'United States'], ['US', 'United States']]);
  });
  it('reads "in French" and "teaching English" as languages', () => {
    expect(places('He shouted in French at the crowd.')).toEqual([]);
    expect(places('She was teaching French to British pupils.')).toEqual([['British', 'United Kingdom']]);
    expect(places('He was held in Turkish custody.')).toEqual([['Turkish', 'Turkey']]);
  });
  it('reads a name after a verb of speech or study as a language, not a town named like it', () => {
    expect(places('She soon learned English and moved to Austin.')).toEqual([['Austin', 'Austin']]);
    expect(places('The road to English was closed.')).toEqual([['English', 'English']]);
  });
  it('reads a name before "language" or "speakers" as the language', () => {
    expect(places('French language classes filled up; Turkish speakers came too.')).toEqual([]);
  });
  it('takes a state abbreviation after a town and a comma, with its full stop', () => {
    expect(places('LONDON, Ky. (AP) - A man was hurt.')).toEqual([['LONDON', 'London'], ['Ky.', 'Kentucky']]);
    expect(mentions('LONDON, Ky. (AP) - A man was hurt.')[0]!.countryCode).toBe('US');
    expect(places('Snow fell in B.C. on Monday.')).toEqual([['B.C.', 'British Columbia']]);
    expect(places('He spoke to Ky. Then he left.')).toEqual([]);
    // a town the gazetteer does not have
    expect(places('The store in Hazel Green, Ky., closed.')).toEqual([['Ky.', 'Kentucky']]);
  });
  it('takes no compass word, institution, people or generic word for a place of that name', () => {
    expect(places('Storms swept the South. She studied at Columbia University and the University of Texas.')).toEqual([['Texas', 'Texas']]);
    expect(places('Arab envoys met at the White House as the Valley flooded in Texas.')).toEqual([['Texas', 'Texas']]);
    expect(places('The City council met in Austin; the City will vote.')).toEqual([['Austin', 'Austin']]);
  });
  it('takes no compass word, place word or everyday word for a first name', () => {
    expect(places('Youth crime rose in Far North Queensland, officers said.')).toEqual([['Queensland', 'Queensland']]);
    expect(places('Crypto cases rose across North Texas. Last year in Texas they doubled.')).toEqual([['Texas', 'Texas'], ['Texas', 'Texas']]);
    expect(places('Park Austin agreed, and so did Georgia Stevens of Austin.')).toEqual([['Austin', 'Austin'], ['Austin', 'Austin']]);
  });
  it('reads a town\'s name before a surname as a first name, and before "Street" or "Park" as a street\'s or a park\'s', () => {
    expect(places('Austin Reed spoke at the rally in Austin.')).toEqual([['Austin', 'Austin']]);
    expect(places('A fire broke out on Paris Street in London, near Austin Park and 12 Paris St. downtown.')).toEqual([['London', 'London']]);
  });
  it('reads even a state\'s name before "Avenue" or "Drive" as a street\'s, but not before "Road" or "Park"', () => {
    expect(places('Crews closed Texas Avenue and Kentucky Drive near Texas Road and Kentucky Park.')).toEqual([['Texas', 'Texas'], ['Kentucky', 'Kentucky']]);
  });
  it('leaves "the" out of a name it adds nothing to, as news annotations do', () => {
    expect(places('Ships from the Netherlands arrived.')).toEqual([['Netherlands', 'Netherlands']]);
    // "Gulf" alone is also a province elsewhere
    expect(places('Ships in the Gulf waited.')).toEqual([['the Gulf', 'Persian Gulf']]);
  });
  it('reads a name after "the" as the ocean before a town of that name', () => {
    expect(mentions('Storms crossed the Pacific towards Texas.')[0]).toMatchObject({ placeId: 'cur:pacific-ocean' });
  });
  it('takes a town joined to another name by "&" for a firm\'s name, not a state', () => {
    expect(places('Lawyers at Austin & Reed met officials of Texas & Kentucky.')).toEqual([['Texas', 'Texas'], ['Kentucky', 'Kentucky']]);
  });
  it('takes no saint\'s day, church or school for the town named after the saint', () => {
    expect(places('Crowds marched on St. Paul\'s Day in London. St. Paul\'s Cathedral rang.')).toEqual([['London', 'London']]);
    expect(places('Snow covered St. Paul\'s suburbs.')).toEqual([['St. Paul', 'Saint Paul']]);
  });
  it('takes the name that starts inside another and goes further: "the Gulf of Aden" is not "the Gulf"', () => {
    expect(places('Tankers left the Gulf for the Gulf of Aden.')).toEqual([['the Gulf', 'Persian Gulf'], ['Gulf of Aden', 'Gulf of Aden']]);
  });
  it('reads first names only where a surname follows after a space', () => {
    expect(places('The Austin-Paris route reopened. Flights to Paris and Austin resume.')).toEqual([['Austin', 'Austin'], ['Paris', 'Paris'], ['Paris', 'Paris'], ['Austin', 'Austin']]);
    expect(places('Austin Police arrested a man in Austin.')).toEqual([['Austin', 'Austin'], ['Austin', 'Austin']]);
    expect(places('The Austin Bureau of Investigation sent agents. Austin is calm.')).toEqual([['Austin', 'Austin'], ['Austin', 'Austin']]);
  });
  it('remembers people named once with a title or first name', () => {
    expect(places('President Barack Obama spoke. Later Obama left London.')).toEqual([['London', 'London']]);
    expect(places('Sister Paris Reed taught in Austin. Paris wrote to her.')).toEqual([['Austin', 'Austin']]);
    expect(places('Fog closed roads around Austin. Reed drove anyway.')).toEqual([['Austin', 'Austin']]);
    expect(places('He works at Austin Modular Systems. Austin is growing.')).toEqual([['Austin', 'Austin']]);
    expect(places('Dr. Charles W. Kentucky arrived. Kentucky said hello.')).toEqual([]);
    // "Wheeler" is a first name too, and a surname here
    expect(places('Georgia Wheeler spoke first. Georgia thanked the voters.')).toEqual([]);
  });
  it('remembers people named with their age between commas, whatever their first name', () => {
    expect(places('Melton Lewis Paris, 51, was found in Austin. Paris had been shot.')).toEqual([['Austin', 'Austin']]);
    // a year is no age, and a place is named with none
    expect(places('Crews reached Paris, Texas, in 1919, 20 years on.')).toEqual([['Paris', 'Paris'], ['Texas', 'Texas']]);
  });
});
