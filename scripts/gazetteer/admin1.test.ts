import { describe, expect, it } from 'vitest';
import { admin1Draft, admin1Locator, assignAdmin1Ids, divisionKinds, isNamed, vietnameseDivisionNames, withKinds, type NaturalEarthAdmin1 } from './admin1.ts';
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
