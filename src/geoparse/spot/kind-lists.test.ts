import { describe, expect, it } from 'vitest';
import { mentions } from '../test/geoparse-fixture.ts';

const read = (text: string) => mentions(text).map(m => `${m.surface}=${m.name}/${m.type}`);

describe('lists with a plural kind word', () => {
  it('reads each name before "counties" as the county the gazetteer has with that word', () => {
    expect(read('Storms hit Walker and Limestone counties on Monday.')).toEqual(['Walker=Walker County/region', 'Limestone=Limestone County/region']);
    expect(read('Roads closed in Huntsville, Walker and Limestone counties.')).toEqual([
      'Huntsville=Huntsville/city',
      'Walker=Walker County/region',
      'Limestone=Limestone County/region',
    ]);
  });
  it('reads the kind word before a list, as Irish news writes counties', () => {
    expect(read('Flooding hit counties Walker and Limestone.')).toEqual(['Walker=Walker County/region', 'Limestone=Limestone County/region']);
  });
  it('leaves a name outside such a list as it is', () => {
    expect(read('Walker said Huntsville and Limestone counties had no power.')).toEqual(['Huntsville=Huntsville/city', 'Limestone=Limestone County/region']);
  });
  it('reads one name before the plural as the place whose kind they are, not a list', () => {
    expect(read('Most Texas counties reported rain.')).toEqual(['Texas=Texas/admin1']);
    expect(read('Rain fell on Texas and Limestone counties.')).toEqual(['Texas=Texas County/region', 'Limestone=Limestone County/region']);
  });
  it('gives every name after "các tỉnh" or "các thành phố" the kind, where provinces and cities share names', () => {
    expect(read('Mưa lớn ở các thành phố Nam Định và Ninh Bình.')).toEqual(['Nam Định=Nam Định/city', 'Ninh Bình=Ninh Bình/city']);
    expect(read('Mưa lớn ở các tỉnh Nam Định, Ninh Bình.')).toEqual(['Nam Định=Nam Định/admin1', 'Ninh Bình=Ninh Bình/admin1']);
  });
});
