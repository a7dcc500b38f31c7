import { describe, expect, it } from 'vitest';
import { gazetteer } from '../test/geoparse-fixture.ts';
import { placesNamed } from './places-named.ts';

const ids = (name: string) => placesNamed(gazetteer, name).map((p) => p.properties.id);

describe('placesNamed', () => {
  it('lists every place of the name, the most populous first', () => {
    expect(ids('Paris')).toEqual(['gn:2988507', 'gn:4717560']);
    expect(ids('London')).toEqual(['gn:2643743', 'gn:4298960', 'ne:GB-LND']);
  });

  it('folds case, accents and punctuation as the spotter does', () => {
    expect(ids('THANH CO MOSUL')).toEqual(['cur:old-city-mosul']);
    expect(ids('Deir Ez Zor')).toEqual(['gn:170794', 'ne:SY.07']);
  });

  it('finds a place by its other spellings and adjectives, once each', () => {
    expect(ids('Al-Shifa').sort()).toEqual(['gn:0000001', 'gn:11109818']);
    expect(ids('Iraqi')).toEqual(['iso:IQ']);
  });

  it('is empty for a name no place has', () => {
    expect(ids('Atlantis')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});
