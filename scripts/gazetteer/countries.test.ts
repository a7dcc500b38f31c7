import { describe, expect, it } from 'vitest';
import { assignDemonyms, chooseCountryPoint, cldrCountryNames, countryPointCandidates, englishCountryForms, expandCountryName } from './countries.ts';

describe('expandCountryName', () => {
  it('splits parentheses and spells out ampersands', () => {
    expect(expandCountryName('Myanmar (Burma)')).toEqual(['Myanmar', 'Burma']);
    expect(expandCountryName('Congo (Republic)')).toEqual(['Congo']);
    expect(expandCountryName('Bosnia & Herzegovina')).toEqual(['Bosnia and Herzegovina', 'Bosnia & Herzegovina']);
  });
});

describe('englishCountryForms', () => {
  it('adds the name without the article inside, and an initialism with stops', () => {
    expect(englishCountryForms('Democratic Republic of the Congo')).toEqual(['Democratic Republic of the Congo', 'Democratic Republic of Congo']);
    expect(englishCountryForms('UAE')).toEqual(['UAE', 'U.A.E.']);
    expect(englishCountryForms('Iraq')).toEqual(['Iraq']);
    // a name in capitals is no initialism past four letters
    expect(englishCountryForms('TURKEY')).toEqual(['TURKEY']);
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

describe('countryPointCandidates', () => {
  const geonames = { lat: 60.10867, lon: -113.64258 };
  const factbook = { lat: 60, lon: -95 };
  const shape = { lat: 57, lon: -100 };
  it('prefers GeoNames’ country point to the Factbook’s', () => {
    const chosen = chooseCountryPoint(countryPointCandidates('CA', { geonames, factbook, shape, town: { id: 6167865, point: { lat: 43.7, lon: -79.4 } } }));
    expect(chosen).toEqual({ point: geonames, source: 'geonames-country:CA' });
  });
  it('falls back to the Factbook, the polygon, then the biggest town', () => {
    expect(countryPointCandidates('CA', { geonames: undefined, factbook, shape }).map(c => c.source)).toEqual(['factbook:CA', 'naturalearth:CA']);
    expect(chooseCountryPoint(countryPointCandidates('XX', { town: { id: 7, point: { lat: 1, lon: 2 } } }))?.source).toBe('geonames:7');
  });
});
