/** Points for places that only come as polygons. Planar maths on lon/lat is enough to pick a point. */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

/** Five decimals is about a metre: finer is noise, and it keeps the file small. */
export function roundCoord(value: number): number {
  const rounded = Math.round(value * 1e5) / 1e5;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return Math.abs(sum / 2);
}

function ringCentroid(ring: Ring): Position {
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const f = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
    a += f;
  }
  if (a === 0) return ring[0]!;
  return [cx / (3 * a), cy / (3 * a)];
}

/** x where each edge of the rings crosses the horizontal line at y. */
function crossings(rings: Ring[], y: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      if (y0 > y !== y1 > y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    }
  }
  return xs.sort((a, b) => a - b);
}

export function isInside(rings: Ring[], point: Position): boolean {
  const xs = crossings(rings, point[1]!);
  return xs.filter(x => x > point[0]!).length % 2 === 1;
}

/** The polygon (outer ring and holes) with the largest area: a country's mainland, not an islet. */
export function largestPolygon(geometry: Polygon | MultiPolygon): Ring[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = polygons[0]!;
  for (const polygon of polygons) if (ringArea(polygon[0]!) > ringArea(best[0]!)) best = polygon;
  return best;
}

/**
 * A point inside the largest polygon: its centroid when that falls inside (it usually does), else
 * the middle of the widest inside stretch of the line of latitude through the centroid — a
 * crescent's or a ring-shaped country's centroid can lie outside it.
 */
export function representativePoint(geometry: Polygon | MultiPolygon): Position {
  const rings = largestPolygon(geometry);
  const centroid = ringCentroid(rings[0]!);
  if (isInside(rings, centroid)) return centroid;
  const xs = crossings(rings, centroid[1]!);
  let best: Position = rings[0]![0]!;
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const width = xs[i + 1]! - xs[i]!;
    if (width > widest) {
      widest = width;
      best = [(xs[i]! + xs[i + 1]!) / 2, centroid[1]!];
    }
  }
  return best;
}

export function largestPolygonArea(geometry: Polygon | MultiPolygon): number {
  return ringArea(largestPolygon(geometry)[0]!);
}

export function containsPoint(geometry: Polygon | MultiPolygon, point: Position): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(rings => isInside(rings, point));
}

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export function bbox(geometry: Polygon | MultiPolygon): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0]! as Array<[number, number]>) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}
