import type { Position } from 'geojson';

/** Great-circle distance in km between two [lon, lat] positions. */
export function distanceKm(a: Position, b: Position): number {
  const r = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * r;
  const dLon = (b[0]! - a[0]!) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * r) * Math.cos(b[1]! * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
}
