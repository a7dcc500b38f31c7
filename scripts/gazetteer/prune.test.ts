import { describe, expect, it } from 'vitest';
import type { PlaceDraft } from './feature.ts';
import { bareNameKey } from './names.ts';
import { pruneTownNames, type PruneContext } from './prune.ts';

const keys = (...names: string[]): Set<string> => new Set(names.map(bareNameKey));

const CTX: PruneContext = {
  countryKeys: keys('Laos', 'Kuwait', 'Panama', 'Lebanon', 'Iraq', 'لبنان'),
  admin1Keys: new Map([
    ['ne:VN.49', keys('Gia Lai', 'Tỉnh Gia Lai')],
    ['ne:VN.90', keys('Lào Cai')],
    ['ne:US.OK', keys('Oklahoma')],
    ['ne:BR.23', keys('Rio Grande do Sul')],
    ['ne:BD.85', keys('Barisal')],
    ['ne:SY.07', keys('Deir ez-Zor', 'Dayr Az Zawr', 'Deir ez-Zor Governorate')],
    ['ne:IQ.18', keys('Salah ad-Din')],
  ]),
  townKeys: new Map([['XX', keys('Maryville', 'Madras')]]),
};

const town = (name: string, alt: string[], more: Partial<PlaceDraft> = {}): PlaceDraft => ({
  id: `gn:${name}`,
  name,
  names: { en: [name], vi: [], ar: [] },
  alt,
  type: 'city',
  countryCode: 'XX',
  population: 5000,
  source: 'geonames:1',
  lat: 0,
  lon: 0,
  ...more,
});

const prune = (t: PlaceDraft) => pruneTownNames(t, CTX);
const dropped = (t: PlaceDraft) => prune(t).dropped.map(d => `${d.rule}: ${d.name}`);

describe('division-or-country', () => {
  it('drops the name of the town’s division or of a country', () => {
    expect(dropped(town('Pleiku', ['Gia Lai', 'Play Cu'], { admin1: 'ne:VN.49', population: 114225 }))).toEqual(['division-or-country: Gia Lai']);
    expect(dropped(town('Lào Cai', ['Laos', 'Lao Kay'], { admin1: 'ne:VN.90' }))).toEqual(['division-or-country: Laos']);
  });
  it('drops the bigger place’s name from a "… City" town', () => {
    expect(dropped(town('Oklahoma City', ['Oklahoma', 'Oklahoma Siti'], { admin1: 'ne:US.OK', population: 681054 }))).toEqual(['division-or-country: Oklahoma']);
    expect(dropped(town('Kuwait City', ['Kuwait', 'Al Kuwait'], { population: 60064 }))).toEqual(['division-or-country: Kuwait', 'division-or-country: Al Kuwait']);
  });
  it('drops the division’s name that is the town’s with more words', () => {
    expect(dropped(town('Rio Grande', ['Rio Grande do Sul', 'Rio-Grande'], { admin1: 'ne:BR.23', population: 187838 }))).toEqual(['division-or-country: Rio Grande do Sul']);
  });
  it('keeps a spelling of the town’s own name, its own name and its namesake division’s names', () => {
    expect(dropped(town('Barishal', ['Barisal'], { admin1: 'ne:BD.85', population: 202242 }))).toEqual([]);
    expect(dropped(town('Panamá', ['Panama'], { population: 880691 }))).toEqual([]);
    expect(dropped(town('Deir ez-Zor', ['Dayr az Zawr', 'Deir Ezzor'], { admin1: 'ne:SY.07', population: 242565 }))).toEqual([]);
  });
  it('keeps a country’s names in other scripts on a town named after it', () => {
    expect(dropped(town('Lebanon', [], { names: { en: ['Lebanon'], vi: [], ar: ['لبنان'] } }))).toEqual([]);
  });
  it('looks at Vietnamese and Arabic names too', () => {
    const pleiku = town('Pleiku', [], { admin1: 'ne:VN.49', names: { en: ['Pleiku'], vi: ['Tỉnh Gia Lai'], ar: [] } });
    expect(prune(pleiku).town.names.vi).toEqual([]);
  });
});

describe('common-word', () => {
  it('drops one English word on a town under 100,000', () => {
    expect(dropped(town('Portland', ['Elbow', 'The Hills', 'Portlandia']))).toEqual(['common-word: Elbow', 'common-word: The Hills']);
  });
  it('keeps it on a bigger town, and keeps names of more words', () => {
    expect(dropped(town('Portland', ['Elbow'], { population: 650000 }))).toEqual([]);
    expect(dropped(town('Swanton', ['Swan Town']))).toEqual([]);
  });
});

describe('stray', () => {
  it('drops a name unlike every other name of a small town', () => {
    expect(dropped(town('Palmyra', ['Springfield', 'Palmira']))).toEqual(['stray: Springfield']);
    expect(dropped(town('Flagstaff', ['Skylight City'], { population: 70320 }))).toEqual(['stray: Skylight City']);
  });
  it('keeps transliterations that start differently but are spelled alike or keep the consonants', () => {
    expect(dropped(town('Tikrīt', ['Tekrit', 'Tıkrit'], { population: 42477 }))).toEqual([]);
    expect(dropped(town('Yabrūd', ['Jabrud'], { population: 40502 }))).toEqual([]);
    expect(dropped(town('Tallkayf', ['Tel Kaif', 'Tall Kaif']))).toEqual([]);
    expect(dropped(town('‘Aynkāwah', ['Ainkawa', 'Ankawa']))).toEqual([]);
    expect(dropped(town('As-Suwayda', ['Al-Sweida', 'Sweida']))).toEqual([]);
  });
  it('keeps a name that shares a word with the town’s own, or another name’s first letters', () => {
    expect(dropped(town('Ar Rutbah', ['Rutba', 'Al-Rutbah']))).toEqual([]);
    expect(dropped(town('Kinsley', ['Peters', 'Petersburg']))).toEqual([]);
  });
  it('spares towns of 100,000 and more', () => {
    expect(dropped(town('Damascus', ['Sam', 'Emesa'], { population: 1569394 }))).toEqual([]);
  });
});

describe('qualified', () => {
  it('drops a name with its region after "i" or "på", whatever the town’s size', () => {
    expect(dropped(town('Toledo', ['Toledo i Spania', 'Toletum'], { population: 74632 }))).toEqual(['qualified: Toledo i Spania']);
    expect(dropped(town('Nelson', ['Nelson pa New Zealand'], { population: 300000 }))).toEqual(['qualified: Nelson pa New Zealand']);
  });
  it('keeps names where what comes before "i" is not a name of the town', () => {
    expect(dropped(town('Ribera', ['Santa Caterina i Ribera', 'Ribera i Sant Pau']))).toEqual(['qualified: Ribera i Sant Pau']);
  });
});

describe('pruneTownNames', () => {
  it('never drops the town’s own name and leaves the rest of the draft as it was', () => {
    const t = town('Reading', ['Reading', 'Elbow'], { admin1: 'ne:US.OK' });
    const out = prune(t);
    expect(out.town.names.en).toEqual(['Reading']);
    expect(out.town.alt).toEqual(['Reading']);
    expect({ ...out.town, alt: t.alt }).toEqual(t);
  });
});

describe('other-town', () => {
  it('drops a name that another town of the country has as its own, from a town under 100,000', () => {
    expect(dropped(town('Beeville', ['Maryville', 'Beeville on the Medio']))).toEqual(['other-town: Maryville']);
    expect(dropped(town('Chennai', ['Madras'], { population: 4_646_732 }))).toEqual([]);
    expect(dropped(town('Beeville', ['Maryville'], { countryCode: 'YY' }))).toEqual([]);
  });
  it('keeps a town its own name when a namesake has it too', () => {
    expect(prune(town('Maryville', ['Maryville'])).town.names.en).toEqual(['Maryville']);
    expect(dropped(town('Maryville', ['Maryville']))).toEqual([]);
  });
});
