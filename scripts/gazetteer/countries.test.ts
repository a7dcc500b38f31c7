import { describe, expect, it } from 'vitest';
import { assignDemonyms, chooseCountryPoint, cldrCountryNames, expandCountryName } from './countries.ts';

describe('expandCountryName', () => {
  it('splits parentheses and spells out ampersands', () => {
    expect(expandCountryName('Myanmar (Burma)')).toEqual(['Myanmar', 'Burma']);
    expect(expandCountryName('Congo (Republic)')).toEqual(['Congo']);
    expect(expandCountryName('Bosnia & Herzegovina')).toEqual(['Bosnia and Herzegovina', 'Bosnia & Herzegovina']);
  });
});

describe('cldrCountryNames', () => {
  it('puts the main name before its alternative forms', () => {
    const territories = { 'US-alt-short': 'Mỹ', US: 'Hoa Kỳ', USX: 'not it' };
    expect(cldrCountryNames(territories, 'US')).toEqual(['Hoa Kỳ', 'Mỹ']);
  });
});

describe('assignDemonyms', () => {
  it('gives a shared word to the most populous country and drops words that are names', () => {
    const out = assignDemonyms([
      { iso: 'KP', population: 25, demonyms: ['Korean', 'Koreans'], names: ['North Korea'] },
      { iso: 'KR', population: 49, demonyms: ['Korean', 'Koreans'], names: ['South Korea'] },
      { iso: 'SG', population: 5, demonyms: ['Singapore', 'Singaporean'], names: ['Singapore'] },
    ]);
    expect(out.get('KR')).toEqual(['Korean', 'Koreans']);
    expect(out.get('KP')).toEqual([]);
    expect(out.get('SG')).toEqual(['Singaporean']);
  });
});

describe('chooseCountryPoint', () => {
  it('takes the first usable candidate, skipping polar points', () => {
    const pole = { point: { lat: -90, lon: 0 }, source: 'factbook:AQ' };
    const shape = { point: { lat: -80, lon: 20 }, source: 'naturalearth:AQ' };
    expect(chooseCountryPoint([pole, shape])).toBe(shape);
    expect(chooseCountryPoint([null, undefined, shape])).toBe(shape);
    expect(chooseCountryPoint([])).toBeNull();
  });
});
