import { describe, expect, it } from 'vitest';
import { places } from '../test/geoparse-fixture.ts';
import { tokenize } from '../text/tokenize.ts';
import { vehicleMakes } from './vehicle-names.ts';

describe('vehicleMakes', () => {
  it('finds a make after a model year or before a model', () => {
    expect(vehicleMakes(tokenize('A 1992 Toyota hit a Ford Bronco and a 2004 Pontiac Grand Prix.'))).toEqual(new Set(['toyota', 'ford', 'pontiac']));
  });
  it('finds none in names of places or events', () => {
    expect(vehicleMakes(tokenize('Lincoln County deputies, Dodge City police and the Lincoln Dinner.'))).toEqual(new Set());
    expect(vehicleMakes(tokenize('PLYMOUTH CO. - A suspect was arrested.'))).toEqual(new Set());
  });
  it('makes every occurrence of the make in the article the car', () => {
    expect(places('A 1992 Toyota Corolla turned left. The Toyota failed to yield.')).toEqual([]);
    expect(places('Workers in Toyota went on strike.')).toEqual([['Toyota', 'Toyota']]);
  });
});
