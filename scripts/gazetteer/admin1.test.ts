import { describe, expect, it } from 'vitest';
import { admin1Draft, admin1Locator, assignAdmin1Ids, divisionKinds, isNamed, namesakeTown, vietnameseDivisionNames, withKinds, withTownNames, type NaturalEarthAdmin1 } from './admin1.ts';
import type { PlaceDraft } from './feature.ts';
import { foldName } from './names.ts';

const NINEVEH: NaturalEarthAdmin1 = {
  adm1_code: 'IRQ-3218', iso_3166_2: 'IQ-NI', iso_a2: 'IQ', gn_a1_code: 'IQ.15', name: 'Ninawa', name_en: 'Nineveh',
  name_vi: 'Tỉnh Ninawa', name_ar: 'محافظة نينوى', name_alt: 'Al-Mawsil|Mosul|Ninive|N¡nive', type_en: 'Province',
  latitude: 35.9228, longitude: 42.7469,
};

const division = (gn: string, iso: string, adm1: string, area: number) => ({
  properties: { ...NINEVEH, gn_a1_code: gn, iso_3166_2: iso, adm1_code: adm1 },
  area,
});

describe('assignAdmin1Ids', () => {
  it('uses the GeoNames code, then ISO 3166-2, then adm1_code', () => {
    const ids = assignAdmin1Ids([division('IQ.15', 'IQ-NI', 'A', 1), division('TZ.', 'TZ-29', 'B', 1), division('-1', '-99-X16~', 'C', 1)]);
    expect(ids).toEqual(['ne:IQ.15', 'ne:TZ-29', 'ne:C']);
  });
  it('gives a shared GeoNames code to the largest division', () => {
    const ids = assignAdmin1Ids([division('HU.03', 'HU-BC', 'A', 1), division('HU.03', 'HU-BE', 'B', 50)]);
    expect(ids).toEqual(['ne:HU-BC', 'ne:HU.03']);
  });
});

describe('vietnameseDivisionNames', () => {
  it('puts the bare name first and keeps the prefixed form', () => {
    expect(vietnameseDivisionNames('Tỉnh Quảng Trị')).toEqual({ bare: 'Quảng Trị', prefixed: 'Tỉnh Quảng Trị' });
    expect(vietnameseDivisionNames('Thành phố Hồ Chí Minh')).toEqual({ bare: 'Hồ Chí Minh', prefixed: 'Thành phố Hồ Chí Minh' });
    expect(vietnameseDivisionNames('Deir ez-Zor')).toEqual({ bare: 'Deir ez-Zor', prefixed: null });
  });
  it('keeps the prefix when the rest is a bare direction', () => {
    expect(vietnameseDivisionNames('Tỉnh Phía Tây')).toEqual({ bare: 'Tỉnh Phía Tây', prefixed: null });
  });
  it('gives no name that is only generic words', () => {
    expect(vietnameseDivisionNames('Miền Trung')).toBeNull();
    expect(vietnameseDivisionNames('Vùng Tây Bắc')).toBeNull();
    expect(vietnameseDivisionNames('Miền Trung Phần Lan')).toEqual({ bare: 'Miền Trung Phần Lan', prefixed: null });
  });
});

describe('divisionKinds and withKinds', () => {
  it('calls Syrian and Iraqi divisions governorates and provinces', () => {
    expect(divisionKinds('SY', 'Province')).toEqual(['Governorate', 'Province']);
    expect(divisionKinds('VN', 'Province')).toEqual(['Province']);
    expect(divisionKinds('UA', 'Region')).toEqual(['Region', 'Oblast']);
    expect(divisionKinds('US', 'State')).toEqual([]);
  });
  it('does not repeat a kind already in the name', () => {
    expect(withKinds(['Raqqa', 'Kogi Province'], ['Province'])).toEqual(['Raqqa Province']);
  });
});

describe('admin1Draft', () => {
  it('keeps the seat town name only with a kind after it', () => {
    const draft = admin1Draft(NINEVEH, 'ne:IQ.15', new Set([foldName('Mosul'), foldName('Al Mawsil')]));
    expect(draft.names).toEqual({ en: ['Nineveh', 'Ninawa'], vi: ['Ninawa'], ar: ['محافظة نينوى'] });
    expect(draft.alt).not.toContain('Mosul');
    expect(draft.alt).not.toContain('N¡nive');
    expect(draft.alt).toEqual(expect.arrayContaining(['Ninive', 'Tỉnh Ninawa', 'Nineveh Governorate', 'Mosul Governorate']));
    expect(draft).toMatchObject({ type: 'admin1', countryCode: 'IQ', source: 'naturalearth:IQ.15', lat: 35.9228, lon: 42.7469 });
  });
  it('leaves the country code empty for disputed areas', () => {
    expect(admin1Draft({ ...NINEVEH, iso_a2: '-1' }, 'ne:C', new Set()).countryCode).toBe('');
  });
});

describe('admin1Locator', () => {
  const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
  const inputs = [
    { properties: { ...NINEVEH, iso_a2: 'GB', gn_a1_code: 'GB.A1' }, geometry: square(0, 50) },
    { properties: { ...NINEVEH, iso_a2: 'GB', gn_a1_code: 'GB.A2' }, geometry: square(1, 50) },
    { properties: { ...NINEVEH, iso_a2: 'IQ', gn_a1_code: 'IQ.15' }, geometry: square(42, 35) },
  ];
  const locate = admin1Locator(inputs, ['ne:GB.A1', 'ne:GB.A2', 'ne:IQ.15']);
  it('joins on the GeoNames code when Natural Earth has it', () => {
    expect(locate('IQ', '15', 0, 0)).toBe('ne:IQ.15');
  });
  it('falls back to the polygon that contains the point', () => {
    expect(locate('GB', 'ENG', 50.5, 1.5)).toBe('ne:GB.A2');
    expect(locate('GB', 'ENG', 10, 10)).toBeUndefined();
  });
});

describe('isNamed', () => {
  it('skips the unnamed slivers', () => {
    expect(isNamed(NINEVEH)).toBe(true);
    expect(isNamed({ ...NINEVEH, name: '', name_en: '' })).toBe(false);
  });
});

const draft = (id: string, name: string, more: Partial<PlaceDraft> = {}): PlaceDraft => ({
  id, name, names: { en: [name], vi: [], ar: [] }, alt: [], type: 'city', countryCode: 'SY', population: 0, source: 'test', lat: 0, lon: 0, ...more,
});

const DEIR_GOV = draft('ne:SY.07', 'Deir ez-Zor', {
  type: 'admin1', names: { en: ['Deir ez-Zor', 'Dayr Az Zawr'], vi: ['Deir ez-Zor'], ar: ['محافظة دير الزور'] }, alt: ['Deir ez-Zor Governorate'],
});
const DEIR_CITY = draft('gn:170794', 'Deir ez-Zor', {
  population: 242565, names: { en: ['Deir ez-Zor'], vi: [], ar: ['دير الزور', 'دیر الزور', 'دیرالزور'] },
  alt: ['Deir Ezzor', 'Deir al-Zour', 'Azaura', 'Madinat Deir ez-Zor'],
});
const MAYADIN = draft('gn:170000', 'Al Mayadin', { population: 44000, alt: ['Mayadin'] });
const SEATS = new Set(['gn:170794', 'gn:99072']);
const isSeat = (t: PlaceDraft) => SEATS.has(t.id);

describe('namesakeTown', () => {
  it('finds the seat that shares the division’s name, articles and kinds aside', () => {
    expect(namesakeTown(DEIR_GOV, [MAYADIN, DEIR_CITY], isSeat)).toBe(DEIR_CITY);
    const raqqaGov = draft('ne:SY.04', 'Al-Raqqah', { type: 'admin1' });
    const raqqa = draft('gn:172955', 'Raqqa', { names: { en: ['Raqqa', 'Ar Raqqah'], vi: [], ar: [] } });
    expect(namesakeTown(raqqaGov, [raqqa], t => t === raqqa)).toBe(raqqa);
  });
  it('has none when the seat has another name', () => {
    const nineveh = draft('ne:IQ.15', 'Nineveh', { type: 'admin1', names: { en: ['Nineveh', 'Ninawa'], vi: [], ar: [] } });
    expect(namesakeTown(nineveh, [draft('gn:99072', 'Mosul')], isSeat)).toBeUndefined();
  });
  it('does not pass over the seat for a bigger namesake', () => {
    const newYork = draft('ne:US.NY', 'New York', { type: 'admin1' });
    const albany = draft('gn:5106834', 'Albany', { population: 97000 });
    const nyc = draft('gn:5128581', 'New York City', { population: 8804190, alt: ['New York'] });
    expect(namesakeTown(newYork, [albany, nyc], t => t === albany)).toBeUndefined();
  });
  it('takes the most populous town of that name where the data has no seat', () => {
    const york = draft('ne:GB.Q5', 'York', { type: 'admin1' });
    const small = draft('gn:1', 'York', { population: 900 });
    const big = draft('gn:2', 'York', { population: 156135 });
    expect(namesakeTown(york, [small, big, draft('gn:3', 'Selby', { population: 15000 })], () => false)).toBe(big);
  });
});

describe('withTownNames', () => {
  const out = withTownNames(DEIR_GOV, DEIR_CITY);
  it('gives the division the town’s spellings of their name, after its own', () => {
    expect(out.alt).toEqual(['Deir ez-Zor Governorate', 'Deir ez-Zor', 'Deir Ezzor', 'Deir al-Zour']);
    expect(out.names.en).toEqual(DEIR_GOV.names.en);
  });
  it('leaves the town its other names and those that say city', () => {
    expect(out.alt).not.toContain('Azaura');
    expect(out.alt).not.toContain('Madinat Deir ez-Zor');
  });
  it('keeps as many Arabic-script names as a town does', () => {
    expect(out.names.ar).toEqual(['محافظة دير الزور', 'دير الزور', 'دیر الزور']);
  });
});
