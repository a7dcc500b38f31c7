import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../geoparse/test/geoparse-fixture.ts';
import type { MentionFeature } from '../../geoparse/types.ts';
import { mentionedPlaceNames, placeChoice } from './place-names.ts';

const place = (id: string) => gazetteer.table.feature(gazetteer.table.indexOf(id)!);
const mentionOf = (placeId: string) => ({ properties: { placeId } }) as MentionFeature;

describe('mentionedPlaceNames', () => {
  it('gives the names of each mentioned place once, in every language, and skips unknown ids', () => {
    expect(mentionedPlaceNames([mentionOf('iso:TR'), mentionOf('iso:TR'), mentionOf('nowhere')], gazetteer)).toEqual({ 'iso:TR': ['Turkey', 'Thổ Nhĩ Kỳ', 'Türkiye'] });
  });
});

describe('placeChoice', () => {
  it('tells a place by the county or city and the division it lies in', () => {
    expect(placeChoice(place('gn:4717560'), gazetteer)).toEqual({ id: 'gn:4717560', name: 'Paris', type: 'city', countryCode: 'US', lon: -95.55551, lat: 33.66094, within: 'Texas', names: ['Paris'] });
    expect(placeChoice(place('cur:west-mosul'), gazetteer).within).toBe('Mosul');
    expect(placeChoice(place('gn:4699540'), gazetteer).within).toBe('Walker County, Texas');
    expect(placeChoice(place('gn:2988507'), gazetteer).within).toBeNull();
  });
});
