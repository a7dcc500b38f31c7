import { describe, expect, it } from 'vitest';
import type { Place } from './catalog.ts';
import { listOrder, nameRanks } from './place-order.ts';
import { foldForSearch } from './fold.ts';

const place = (name: string): Place => ({ id: name, name, type: 'city', countryCode: 'IQ', lon: 0, lat: 0, searchKey: '', sortKey: foldForSearch(name) });
const places = ['Mosul', 'Ālbū Kamāl', 'Baghdad', 'albu kamal', 'Raqqa'].map(place);

describe('nameRanks', () => {
  it('ranks places alphabetically by folded name, then as written', () => {
    expect([...nameRanks(places)]).toEqual([3, 1, 2, 0, 4]);
  });
});

describe('listOrder', () => {
  const ranks = nameRanks(places);
  const shown = Uint8Array.from([1, 1, 1, 0, 1]);
  const counts = Int32Array.from([5, 2, 5, 9, 2]);
  it('orders the shown places by mentions, most first, ties by name', () => {
    expect(listOrder(shown, counts, ranks, 'mentions').map(i => places[i]!.name)).toEqual(['Baghdad', 'Mosul', 'Ālbū Kamāl', 'Raqqa']);
  });
  it('orders them by name', () => {
    expect(listOrder(shown, counts, ranks, 'name').map(i => places[i]!.name)).toEqual(['Ālbū Kamāl', 'Baghdad', 'Mosul', 'Raqqa']);
  });
});
