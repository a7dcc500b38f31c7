import type { GazetteerIndex } from '../gazetteer/load-gazetteer.ts';

// Enough nearby places to place a name; more only costs time on long articles.
const MAX_POINTS = 40;
const NEAR_KM = 250;

/**
 * The places an article is about in one round of resolution, counted so that a name's own current
 * reading can be left out when it is scored ("the other names").
 */
export class ArticleContext {
  private readonly places = new Map<number, number>();
  private readonly countries = new Map<string, number>();
  private readonly points: Array<{ place: number; lon: number; lat: number }> = [];

  constructor(chosen: number[], private readonly gazetteer: GazetteerIndex) {
    for (const place of chosen) {
      this.places.set(place, (this.places.get(place) ?? 0) + 1);
      const p = gazetteer.places[place]!;
      const cc = p.properties.countryCode;
      if (cc) this.countries.set(cc, (this.countries.get(cc) ?? 0) + 1);
      if (p.properties.type !== 'country' && p.properties.type !== 'region' && this.points.length < MAX_POINTS) {
        this.points.push({ place, lon: p.geometry.coordinates[0]!, lat: p.geometry.coordinates[1]! });
      }
    }
  }

  /** Whether another name than the one reading `own` was read as `place`. */
  mentions(place: number, own: number): boolean {
    return (this.places.get(place) ?? 0) - (place === own ? 1 : 0) > 0;
  }

  /** How many other names were read as places in country `cc`. */
  private inCountry(cc: string, own: number): number {
    const ownCc = own >= 0 ? this.gazetteer.places[own]!.properties.countryCode : '';
    return (this.countries.get(cc) ?? 0) - (cc === ownCc ? 1 : 0);
  }

  /** Evidence for reading a name as `place`, from the other names of the article. */
  affinity(place: number, own: number): number {
    const f = this.gazetteer.places[place]!;
    const p = f.properties;
    let score = 0;
    const sameCountry = p.type !== 'country' && p.countryCode ? this.inCountry(p.countryCode, own) : 0;
    // More names in the same country are more evidence, up to a point.
    if (sameCountry > 0) score += 2 + Math.min(3, sameCountry);
    if (p.admin1 !== undefined && this.mentions(this.gazetteer.byId.get(p.admin1) ?? -1, own)) score += 3;
    if (p.parent !== undefined && this.mentions(this.gazetteer.byId.get(p.parent) ?? -1, own)) score += 5;
    if (p.type !== 'country' && p.type !== 'region') {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      let nearest = Infinity;
      for (const q of this.points) if (q.place !== place && q.place !== own) nearest = Math.min(nearest, approxKm(lon, lat, q.lon, q.lat));
      if (nearest < Infinity) score += 2 * Math.exp(-nearest / NEAR_KM);
    }
    return score;
  }
}

/** Equirectangular distance: within a few percent of the great circle at the distances that matter here. */
function approxKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const x = (lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r);
  const y = (lat2 - lat1) * r;
  return 6371 * Math.sqrt(x * x + y * y);
}
