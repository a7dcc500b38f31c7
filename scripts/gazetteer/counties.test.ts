import { describe, expect, it } from 'vitest';
import { countyName, isIndependentCity, isStateFips, townCounty } from './counties.ts';

describe('countyName', () => {
  it('names counties, parishes, boroughs and census areas', () => {
    expect(countyName('21125', 'Laurel')).toBe('Laurel County');
    expect(countyName('22105', 'Tangipahoa')).toBe('Tangipahoa Parish');
    expect(countyName('02090', 'Fairbanks North Star')).toBe('Fairbanks North Star Borough');
    expect(countyName('02050', 'Bethel')).toBe('Bethel Census Area');
    expect(countyName('02110', 'Juneau')).toBe('City and Borough of Juneau');
  });
});

describe('isIndependentCity', () => {
  it('knows the county-equivalent cities', () => {
    expect(isIndependentCity('51760')).toBe(true);
    expect(isIndependentCity('24510')).toBe(true);
    expect(isIndependentCity('51159')).toBe(false);
    expect(isIndependentCity('21125')).toBe(false);
  });
});

describe('isStateFips', () => {
  it('keeps the 50 states only', () => {
    expect(isStateFips('21')).toBe(true);
    expect(isStateFips('11')).toBe(false);
    expect(isStateFips('72')).toBe(false);
  });
});

describe('townCounty', () => {
  const counties = new Set(['fips:13139', 'fips:48471']);
  it('joins the state and county codes into a county the gazetteer has', () => {
    expect(townCounty('13', '139', counties)).toBe('fips:13139');
    expect(townCounty('48', '471', counties)).toBe('fips:48471');
  });
  it('gives none for an unknown county, a missing state or a code that is no county', () => {
    expect(townCounty('13', '001', counties)).toBeUndefined();
    expect(townCounty(undefined, '139', counties)).toBeUndefined();
    expect(townCounty('13', '', counties)).toBeUndefined();
    expect(townCounty('13', '13139', counties)).toBeUndefined();
  });
});
