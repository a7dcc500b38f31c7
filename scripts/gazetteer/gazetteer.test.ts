/** The committed data/gazetteer.geojson: schema, coverage and the points checked by hand. */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer, PlaceFeature, PlaceProperties } from '../../src/geoparse/types.ts';
import { assignAdmin1Ids, isNamed, type Admin1Input } from './admin1.ts';
import { largestPolygonArea } from './geometry.ts';
import { foldName } from './names.ts';
import { ensureNaturalEarthAdmin1, paths } from './sources.ts';

let text = '';
let features: PlaceFeature[] = [];
const byId = new Map<string, PlaceProperties>();
const point = new Map<string, [number, number]>();

beforeAll(() => {
  text = readFileSync(paths.output, 'utf8');
  features = (JSON.parse(text) as Gazetteer).features;
  for (const f of features) {
    byId.set(f.properties.id, f.properties);
    point.set(f.properties.id, f.geometry.coordinates as [number, number]);
  }
});

const place = (id: string): PlaceProperties => {
  const p = byId.get(id);
  if (!p) throw new Error(`${id} missing from the gazetteer`);
  return p;
};

/** Every spelling a place answers to, folded. */
const spellings = (id: string): Set<string> => {
  const p = place(id);
  return new Set([p.name, ...p.names.en, ...p.names.vi, ...p.names.ar, ...p.alt].map(foldName));
};

const TYPES = new Set(['country', 'admin1', 'region', 'city', 'district', 'site', 'water']);
const KEYS = new Set(['id', 'name', 'names', 'alt', 'type', 'countryCode', 'admin1', 'parent', 'population', 'source', 'approx', 'capital', 'demonyms']);

describe('schema', () => {
  it('is a FeatureCollection of points sorted by unique id', () => {
    expect(features.length).toBeGreaterThan(40000);
    const ids = features.map(f => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
  });

  it('every feature has exactly the PlaceProperties fields, well-formed', () => {
    const problems: string[] = [];
    for (const f of features) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const bad = (why: string) => problems.push(`${p.id}: ${why}`);
      if (f.type !== 'Feature' || f.geometry.type !== 'Point' || f.id !== p.id) bad('not a point feature with id');
      if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) bad('coordinates out of range');
      if ([lon, lat].some(c => Math.round(c * 1e5) / 1e5 !== c)) bad('more than 5 decimals');
      if (Object.keys(p).some(k => !KEYS.has(k))) bad('unknown property');
      if (!TYPES.has(p.type)) bad(`type ${p.type}`);
      if (!/^([A-Z]{2})?$/.test(p.countryCode)) bad(`countryCode ${p.countryCode}`);
      if (typeof p.name !== 'string' || p.name === '' || p.names.en[0] !== p.name) bad('name is not names.en[0]');
      for (const list of [p.names.en, p.names.vi, p.names.ar, p.alt]) if (!Array.isArray(list) || list.some(n => typeof n !== 'string' || n === '')) bad('bad name list');
      if (!Number.isInteger(p.population) || p.population < 0) bad('population');
      if (typeof p.source !== 'string' || p.source === '') bad('source');
      for (const ref of [p.admin1, p.parent]) if (ref !== undefined && !byId.has(ref)) bad(`dangling reference ${ref}`);
      if (p.admin1 !== undefined && byId.get(p.admin1)?.type !== 'admin1') bad('admin1 is not a division');
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('has no Icelandic eth where Vietnamese Đ is meant', () => {
    expect(text.includes('\u00D0')).toBe(false);
  });
});

describe('coverage', () => {
  it('has every ISO 3166-1 country', () => {
    const missing = Object.keys(countries.getAlpha2Codes()).filter(code => place(`iso:${code}`)?.type !== 'country');
    expect(missing).toEqual([]);
  });

  it('has every named Natural Earth admin-1', () => {
    const inputs = (JSON.parse(readFileSync(ensureNaturalEarthAdmin1(), 'utf8')) as { features: Admin1Input[] }).features.filter(f => isNamed(f.properties));
    expect(inputs.length).toBeGreaterThan(4500);
    const ids = assignAdmin1Ids(inputs.map(f => ({ properties: f.properties, area: largestPolygonArea(f.geometry) })));
    expect(ids.filter(id => byId.get(id)?.type !== 'admin1')).toEqual([]);
  });

  it('has US counties in their states', () => {
    expect(place('fips:21125')).toMatchObject({ name: 'Laurel County', type: 'region', countryCode: 'US', admin1: 'ne:US.KY' });
    expect(features.filter(f => f.properties.id.startsWith('fips:')).length).toBeGreaterThan(3000);
  });

  it('has US towns in their counties', () => {
    expect(place('gn:4068590')).toMatchObject({ name: 'Huntsville', admin1: 'ne:US.AL', parent: 'fips:01089' });
    expect(place('fips:01089')).toMatchObject({ name: 'Madison County' });
    const towns = features.filter(f => f.properties.countryCode === 'US' && f.properties.type === 'city');
    expect(towns.filter(f => f.properties.parent?.startsWith('fips:')).length / towns.length).toBeGreaterThan(0.95);
  });

  it('has every place GeoNames lists in Iraq and Syria', () => {
    const rows = readFileSync(paths.cities500, 'utf8').split('\n').filter(l => /^\d+\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t(IQ|SY)\t/.test(l));
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.map(r => `gn:${r.split('\t')[0]}`).filter(id => !byId.has(id))).toEqual([]);
  });

  it('marks capitals', () => {
    expect(place('gn:98182').capital).toBe(true);
    expect(place('gn:99072').capital).toBeUndefined();
  });
});

describe('checked points', () => {
  const near = (id: string, lat: number, lon: number, tolerance = 0.01) => {
    const [x, y] = point.get(id) ?? [NaN, NaN];
    expect(Math.abs(y - lat), `${id} lat ${y}`).toBeLessThan(tolerance);
    expect(Math.abs(x - lon), `${id} lon ${x}`).toBeLessThan(tolerance);
  };
  it.each([
    ['gn:99072', 36.335, 43.11889],
    ['gn:172955', 35.95283, 39.00788],
    ['gn:174448', 34.45226, 40.91854],
    ['gn:170794', 35.33588, 40.14084],
    ['ne:SY.07', 35.0736, 40.275],
    ['ne:SY.04', 36.0067, 38.9127],
    ['ne:IQ.15', 35.9228, 42.7469],
    ['gn:300797', 37.24379, 42.46345],
    ['gn:90393', 36.37913, 42.44806],
    ['gn:98182', 33.34058, 44.40088],
    ['gn:170654', 33.5102, 36.29128],
    ['cur:old-city-mosul', 36.34306, 43.12667],
    ['cur:al-shifa-mosul', 36.34737, 43.12059],
  ])('%s at %f, %f', (id, lat, lon) => near(id, lat, lon));

  it('puts Quảng Trị province near 16.75, 107.0', () => near('ne:VN.64', 16.75, 107.0, 0.1));

  it.each([
    ['iso:TR', 39, 35],
    ['iso:RU', 60, 100],
    ['iso:IQ', 33, 44],
    ['iso:SY', 35, 38],
    ['iso:US', 39.76, -98.5],
    ['iso:CA', 60.10867, -113.64258],
  ])('country %s at GeoNames’ point %f, %f', (id, lat, lon) => {
    near(id, lat, lon);
    expect(place(id).source).toBe(`geonames-country:${id.slice(4)}`);
  });

  it('keeps the Factbook point for a country GeoNames’ list lacks', () => {
    const factbook = features.filter(f => f.properties.type === 'country' && f.properties.source.startsWith('factbook:'));
    expect(factbook.length).toBeGreaterThan(0);
    expect(features.filter(f => f.properties.source.startsWith('geonames-country:')).length).toBe(196);
  });
});

describe('names', () => {
  it.each([
    ['iso:US', ['U.S.', 'USA', 'America', 'United States of America', 'Mỹ', 'Hoa Kỳ']],
    ['iso:GB', ['U.K.', 'UK', 'Britain', 'Great Britain', 'United Kingdom', 'Anh', 'Vương quốc Anh']],
    ['iso:NL', ['Holland']],
    ['iso:IQ', ['Iraq', 'I-rắc', 'Irắc']],
    ['iso:SY', ['Syria', 'Xy-ri', 'Xi-ri']],
    ['iso:RU', ['Nga']],
    ['iso:TR', ['Turkey', 'Thổ Nhĩ Kỳ']],
    ['iso:CN', ['Trung Quốc']],
    ['iso:FR', ['Pháp']],
    ['gn:174448', ['Albu Kamal', 'Abu Kamal', 'Al-Bukamal', 'Abu Kemal', 'Bukamal']],
    ['gn:170794', ['Deir ez-Zor', 'Deir Ezzor', 'Deir al-Zour', 'Dayr az Zawr', 'Der Ezzor']],
    ['gn:172955', ['Raqqa', 'Raqqah', 'Ar-Raqqah', 'Rakka']],
    ['gn:90393', ['Tal Afar', "Tal'Afar", 'Tel Afar', 'Tall Afar', 'Telafer']],
    ['ne:SY.07', ['Deir ez-Zor Governorate', 'Deir ez-Zor', 'Deir Ezzor', 'Deir al-Zour', 'Dayr az Zawr', 'دير الزور']],
    ['ne:SY.04', ['Raqqa Governorate', 'Raqqa', 'Raqqah', 'Rakka', 'الرقة']],
    ['gn:90150', ['Tikrit', 'Tekrit']],
    ['ne:US.KS', ['Kansas', 'Kan.', 'Kans.']],
    ['ne:US.SC', ['South Carolina', 'S.C.']],
    ['ne:US.DC', ['District of Columbia', 'D.C.']],
    ['ne:CA.02', ['British Columbia', 'B.C.']],
    ['cur:england', ['England']],
    ['cur:donbas', ['Donbas', 'Donbass']],
    ['cur:golan-heights', ['Golan Heights', 'Cao nguyên Golan']],
    ['cur:wales', ['Wales', 'xứ Wales']],
    ['cur:red-sea', ['Red Sea', 'Biển Đỏ']],
    ['cur:old-city-mosul', ['Thành cổ Mosul', 'Old Mosul', 'al-Madina al-Qadima']],
    ['cur:al-shifa-mosul', ['Shifa', 'al-Shifaa', "Ash Shifā' al Awwal"]],
    ['cur:east-mosul', ['Đông Mosul', 'eastern Mosul']],
    ['cur:west-mosul', ['Tây Mosul', 'western Mosul']],
    ['cur:qadisiya-al-thaniya-mosul', ['Qadisiyah II', 'Qadisiya 2', 'al-Qadisiya al-Thaniya']],
    ['cur:kokjali-mosul', ['Kokjali', 'Gogjali']],
    ['gn:1816670', ['Bắc Kinh']],
    ['gn:524901', ['Mát-xcơ-va', 'Matxcơva']],
    ['gn:2643743', ['Luân Đôn']],
    ['gn:2988507', ['Pa-ri']],
    ['gn:4140963', ['Oa-sinh-tơn']],
    ['gn:1871859', ['Bình Nhưỡng']],
    ['gn:1609350', ['Băng Cốc']],
    ['gn:1651944', ['Viêng Chăn']],
    ['gn:1821306', ['Phnôm Pênh']],
    ['gn:1642911', ['Gia-các-ta']],
    ['gn:1261481', ['Niu Đê-li']],
    ['gn:1796236', ['Thượng Hải']],
    ['gn:1581130', ['Hà Nội']],
    ['gn:1566083', ['TP HCM', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'Sài Gòn', 'Saigon']],
    ['cur:southern-vietnam', ['miền Nam', 'South Vietnam']],
    ['cur:northern-vietnam', ['miền Bắc']],
    ['cur:central-vietnam', ['miền Trung']],
    ['cur:tigris', ['sông Tigris']],
    ['cur:middle-east', ['Trung Đông']],
  ])('%s answers to %j', (id, names) => {
    const known = spellings(id);
    expect(names.filter(n => !known.has(foldName(n)))).toEqual([]);
  });

  it('keeps Vietnamese names in names.vi, bare division names first', () => {
    expect(place('ne:VN.64').names.vi[0]).toBe('Quảng Trị');
    expect(place('gn:1816670').names.vi).toContain('Bắc Kinh');
    expect(place('iso:GB').names.vi[0]).toBe('Anh');
  });

  it('gives countries their demonyms, each to one country', () => {
    const expected: Record<string, string[]> = {
      IQ: ['Iraqi'], TR: ['Turkish'], SY: ['Syrian'], US: ['American'], RU: ['Russian'], GB: ['British'],
      FR: ['French'], CN: ['Chinese'], VN: ['Vietnamese'], PS: ['Palestinian'],
    };
    for (const [code, words] of Object.entries(expected)) expect(place(`iso:${code}`).demonyms, code).toEqual(expect.arrayContaining(words));
    const owners = new Map<string, string>();
    for (const f of features) {
      for (const d of f.properties.demonyms ?? []) {
        expect(owners.get(d), d).toBeUndefined();
        owners.set(d, f.properties.id);
      }
    }
    expect(owners.has('Kurdish')).toBe(false);
  });

  it('does not let a division answer to its capital town’s bare name', () => {
    expect(spellings('ne:IQ.15').has('mosul')).toBe(false);
  });

  it('gives a division named after its seat the seat’s spellings, but not its "city" names', () => {
    const namedAfterSeat = features.filter(f => f.properties.type === 'admin1' && spellings(f.properties.id).has('deir ezzor'));
    expect(namedAfterSeat.map(f => f.properties.id)).toEqual(['ne:SY.07']);
    expect(spellings('ne:VN.44').has(foldName('Thủ đô Hà Nội'))).toBe(false);
    expect(spellings('ne:US.OK').has('oklahoma city')).toBe(false);
  });

  it('keeps plural demonyms: the matcher indexes them as written, and LGL counts "Americans" as a place', () => {
    expect(place('iso:US').demonyms).toEqual(expect.arrayContaining(['American', 'Americans']));
  });
});

describe('pruned GeoNames names', () => {
  it.each([
    ['gn:1569684', 'Gia Lai'], // Pleiku: its province's name
    ['gn:1576303', 'Laos'], // Lào Cai: a country's
    ['gn:4544349', 'Oklahoma'], // Oklahoma City: its state's
    ['gn:4887442', 'Bloom'], // Chicago Heights: an English word
    ['gn:4402381', 'Springfield'], // a town in Missouri: another town's name
  ])('%s no longer answers to %s', (id, name) => {
    expect(spellings(id).has(foldName(name))).toBe(false);
  });

  it('keeps the spellings the rules must not touch', () => {
    expect(spellings('gn:170794').has(foldName('Dayr az Zawr'))).toBe(true);
    expect(spellings('gn:174448').has(foldName('Abu Kamal'))).toBe(true);
    expect(spellings('gn:1816670').has(foldName('Bắc Kinh'))).toBe(true);
    expect(spellings('gn:98182').has(foldName('Bagdad'))).toBe(true);
  });

  it('has no names glued together or qualified by their region', () => {
    const bad = features.flatMap(f => f.properties.alt.filter(n => / - |Ter Zor Der Zor| i Spania| pa New Zealand/.test(n)).map(n => `${f.properties.id} ${n}`));
    expect(bad.filter(b => !b.startsWith('cur:'))).toEqual([]);
  });

  it('hangs the Mosul districts on Mosul', () => {
    const districts = features.filter(f => f.properties.parent === 'gn:99072');
    expect(districts.map(f => f.properties.id).sort()).toEqual(
      ['cur:al-shifa-mosul', 'cur:east-mosul', 'cur:kokjali-mosul', 'cur:old-city-mosul', 'cur:qadisiya-al-thaniya-mosul', 'cur:west-mosul'],
    );
    for (const f of districts) expect(f.properties.source).not.toBe('');
  });
});
