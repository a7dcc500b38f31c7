import { describe, expect, it } from 'vitest';
import { abbreviationForms } from './index-names.ts';

describe('abbreviationForms', () => {
  it('writes a leading Saint, Mount or Fort the other way', () => {
    expect(abbreviationForms('Saint Petersburg')).toEqual(['Saint Petersburg', 'St. Petersburg']);
    expect(abbreviationForms('St. Louis')).toEqual(['St. Louis', 'Saint Louis']);
    expect(abbreviationForms('St Helens')).toEqual(['St Helens', 'Saint Helens']);
    expect(abbreviationForms('Ft. Worth')).toEqual(['Ft. Worth', 'Fort Worth']);
    expect(abbreviationForms('Port Saint Lucie')).toEqual(['Port Saint Lucie', 'Port St. Lucie']);
    expect(abbreviationForms('Sault Ste. Marie')).toEqual(['Sault Ste. Marie', 'Sault Sainte Marie']);
  });
  it('leaves other names, and a last word, alone', () => {
    expect(abbreviationForms('Mosul')).toEqual(['Mosul']);
    expect(abbreviationForms('Lake Mount')).toEqual(['Lake Mount']);
    expect(abbreviationForms('Stockholm')).toEqual(['Stockholm']);
  });
});
