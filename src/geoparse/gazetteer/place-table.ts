import type { PlaceFeature, PlaceProperties, PlaceType } from '../types.ts';
import type { Sections } from './gazetteer-format.ts';
import type { StringTable } from './string-table.ts';

export const PLACE_TYPES: readonly PlaceType[] = ['country', 'admin1', 'region', 'city', 'district', 'site', 'water'];

/** Bits of a place's flags; DEMONYMS: the place has a demonyms list (possibly empty). */
export const CAPITAL = 1;
export const APPROX = 2;
export const DEMONYMS = 4;

export type PlaceColumns = Pick<
  Sections,
  'lon' | 'lat' | 'population' | 'admin1' | 'parent' | 'type' | 'flags' | 'country' | 'countries' | 'refStart' | 'refs' | 'idOrder'
>;

/**
 * The gazetteer's places as columns: the spotter and the resolver read a place's type,
 * population or point without any object being made for it. A place's strings are
 * refs[refStart[i]] onwards: its id, name and source, then the lists names.en, names.vi, names.ar,
 * alt and demonyms, each as its length and its string ids. The whole feature is made on request,
 * for the app, and kept.
 */
export class PlaceTable {
  readonly length: number;
  private readonly countryCodes: string[];
  private readonly made = new Map<number, PlaceFeature>();

  constructor(private readonly c: PlaceColumns, private readonly strings: StringTable) {
    this.length = c.type.length;
    this.countryCodes = Array.from(c.countries, id => strings.get(id));
  }

  type(i: number): PlaceType {
    return PLACE_TYPES[this.c.type[i]!]!;
  }

  population(i: number): number {
    return this.c.population[i]!;
  }

  capital(i: number): boolean {
    return (this.c.flags[i]! & CAPITAL) !== 0;
  }

  countryCode(i: number): string {
    return this.countryCodes[this.c.country[i]!]!;
  }

  /** Index of the place's first-level division; -1 for none. */
  admin1(i: number): number {
    return this.c.admin1[i]!;
  }

  /** Index of the place that contains it (a district's city); -1 for none. */
  parent(i: number): number {
    return this.c.parent[i]!;
  }

  /** Whether `holder` is place `i`'s parent (a town's county, a district's city), its province or its country. */
  holds(holder: number, i: number): boolean {
    return holder === this.parent(i) || holder === this.admin1(i) || (this.type(holder) === 'country' && this.countryCode(holder) === this.countryCode(i));
  }

  lon(i: number): number {
    return this.c.lon[i]!;
  }

  lat(i: number): number {
    return this.c.lat[i]!;
  }

  id(i: number): string {
    return this.strings.get(this.c.refs[this.c.refStart[i]!]!);
  }

  name(i: number): string {
    return this.strings.get(this.c.refs[this.c.refStart[i]! + 1]!);
  }

  /** Whether `s` is the place's own name as written, compared where it lies: resolution asks it of every reading. */
  isNamed(i: number, s: string): boolean {
    return this.strings.equals(this.c.refs[this.c.refStart[i]! + 1]!, s);
  }

  /** The index of the place with this id: a binary search over the places in id order. */
  indexOf(id: string): number | undefined {
    const order = this.c.idOrder;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.id(order[mid]!);
      if (other === id) return order[mid];
      if (other < id) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  /** Place i as the GeoJSON feature it was built from. */
  feature(i: number): PlaceFeature {
    let feature = this.made.get(i);
    if (!feature) this.made.set(i, (feature = this.makeFeature(i)));
    return feature;
  }

  private makeFeature(i: number): PlaceFeature {
    const { refs } = this.c;
    let r = this.c.refStart[i]!;
    const next = () => this.strings.get(refs[r++]!);
    const list = () => Array.from({ length: refs[r++]! }, next);
    const id = next();
    const name = next();
    const source = next();
    const names = { en: list(), vi: list(), ar: list() };
    const alt = list();
    const demonyms = list();
    const flags = this.c.flags[i]!;
    const admin1 = this.admin1(i);
    const parent = this.parent(i);
    const properties: PlaceProperties = {
      id,
      name,
      names,
      alt,
      type: this.type(i),
      countryCode: this.countryCode(i),
      ...(admin1 >= 0 ? { admin1: this.id(admin1) } : {}),
      ...(parent >= 0 ? { parent: this.id(parent) } : {}),
      population: this.population(i),
      source,
      ...(flags & APPROX ? { approx: true } : {}),
      ...(flags & CAPITAL ? { capital: true } : {}),
      ...(flags & DEMONYMS ? { demonyms } : {}),
    };
    return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [this.lon(i), this.lat(i)] }, properties };
  }
}
