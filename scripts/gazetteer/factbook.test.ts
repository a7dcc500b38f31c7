import { describe, expect, it } from 'vitest';
import { isoFromInternetCode, parseFactbookCoordinates, parseFactbookPopulation, parseNationality, profileToCountries } from './factbook.ts';

describe('parseFactbookCoordinates', () => {
  it('reads degrees and minutes with hemispheres', () => {
    expect(parseFactbookCoordinates('33 00 N, 44 00 E')).toEqual({ lat: 33, lon: 44 });
    expect(parseFactbookCoordinates('12 30 S, 18 30 W')).toEqual({ lat: -12.5, lon: -18.5 });
  });
  it('refuses malformed or missing points', () => {
    expect(parseFactbookCoordinates('17 90 N, 62 85 W')).toBeNull();
    expect(parseFactbookCoordinates(undefined)).toBeNull();
  });
});

describe('parseFactbookPopulation', () => {
  it('reads the leading figure', () => {
    expect(parseFactbookPopulation('37,056,169 (July 2015 est.)')).toBe(37056169);
    expect(parseFactbookPopulation('uninhabited')).toBe(0);
  });
});

describe('parseNationality', () => {
  it('expands plurals and alternatives', () => {
    expect(parseNationality('Iraqi(s)')).toEqual(['Iraqi', 'Iraqis']);
    expect(parseNationality('Frenchman(men), Frenchwoman(women)')).toEqual(['Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen']);
    expect(parseNationality('Lao(s) or Laotian(s)')).toEqual(['Lao', 'Laos', 'Laotian', 'Laotians']);
    expect(parseNationality('Taiwan (or Taiwanese)')).toEqual(['Taiwan', 'Taiwanese']);
    expect(parseNationality('Barbadian(s) or Bajan (colloquial)')).toEqual(['Barbadian', 'Barbadians', 'Bajan']);
  });
  it('drops NA and none', () => {
    expect(parseNationality('NA')).toEqual([]);
    expect(parseNationality('none')).toEqual([]);
  });
});

describe('isoFromInternetCode', () => {
  it('maps ccTLDs to ISO codes', () => {
    expect(isoFromInternetCode('.iq')).toBe('IQ');
    expect(isoFromInternetCode('.uk')).toBe('GB');
    expect(isoFromInternetCode('.ps; note - same as Gaza Strip')).toBe('PS');
    expect(isoFromInternetCode(undefined)).toBeNull();
  });
});

describe('profileToCountries', () => {
  it('splits France into its regions by Internet code', () => {
    const france = {
      Geography: { 'Geographic coordinates': { 'metropolitan France': { text: '46 00 N, 2 00 E' }, Reunion: { text: '21 06 S, 55 36 E' } } },
      Communications: { 'Internet country code': { text: 'metropolitan France - .fr; Reunion - .re' } },
      'People and Society': { Population: { text: '66,553,766' }, Nationality: { adjective: { text: 'French' } } },
    };
    const out = profileToCountries('fr', france as never);
    expect(out.map(c => c.iso)).toEqual(['FR', 'RE']);
    expect(out[0]).toMatchObject({ point: { lat: 46, lon: 2 }, population: 66553766, demonyms: ['French'] });
    expect(out[1]!.point!.lat).toBeCloseTo(-21.1, 5);
  });
  it('knows Kosovo, which has no Internet code', () => {
    const kosovo = { Geography: { 'Geographic coordinates': { text: '42 35 N, 21 00 E' } } };
    expect(profileToCountries('kv', kosovo as never)[0]!.iso).toBe('XK');
  });
});
