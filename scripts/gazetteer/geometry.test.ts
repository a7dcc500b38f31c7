import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bbox, containsPoint, isInside, largestPolygon, largestPolygonArea, representativePoint, roundCoord } from './geometry.ts';

const square = (x: number, y: number, size: number): number[][] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe('roundCoord', () => {
  it('keeps five decimals and no negative zero', () => {
    expect(roundCoord(43.118891234)).toBe(43.11889);
    expect(Object.is(roundCoord(-0.000001), 0)).toBe(true);
  });
});

describe('largestPolygon', () => {
  it('picks the mainland, not the islet', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(100, 0, 1)], [square(0, 0, 10)]] };
    expect(largestPolygon(geometry)[0]![0]).toEqual([0, 0]);
    expect(largestPolygonArea(geometry)).toBe(100);
  });
});

describe('representativePoint', () => {
  it('is the centroid of a convex shape', () => {
    expect(representativePoint({ type: 'Polygon', coordinates: [square(0, 0, 2)] })).toEqual([1, 1]);
  });
  it('stays inside a C-shaped polygon whose centroid falls in the gap', () => {
    const c: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10], [0, 0]]] };
    const point = representativePoint(c);
    expect(isInside(c.coordinates, [5, 5])).toBe(false);
    expect(isInside(c.coordinates, point)).toBe(true);
  });
  it('stays out of a hole', () => {
    const ring: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10), square(3, 3, 4)] };
    expect(isInside(ring.coordinates, representativePoint(ring))).toBe(true);
  });
});

describe('bbox and containsPoint', () => {
  it('bound and test a multipolygon', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(100, 0, 1)], [square(0, 0, 10)]] };
    expect(bbox(geometry)).toEqual([0, 0, 101, 10]);
    expect(containsPoint(geometry, [100.5, 0.5])).toBe(true);
    expect(containsPoint(geometry, [50, 5])).toBe(false);
  });
});
