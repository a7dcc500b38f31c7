import type { PlaceFeature } from '../types.ts';
import { encodeGazetteer } from './encode-gazetteer.ts';
import { readSections } from './gazetteer-format.ts';
import { NameIndex } from './name-index.ts';
import { PlaceTable } from './place-table.ts';
import { StringTable } from './string-table.ts';
import { validateGazetteer } from './validate-gazetteer.ts';

/** A gazetteer with the lookups the spotter and the resolver need. */
export interface GazetteerIndex {
  /** The places as columns: what the spotter and the resolver read. */
  table: PlaceTable;
  names: NameIndex;
  /** Every place as a GeoJSON feature, each made when first read. */
  places: readonly PlaceFeature[];
  byId: { get(id: string): number | undefined };
}

/**
 * A compact gazetteer (data/gazetteer.index.bin, or encodeGazetteer's output) → index. Its arrays
 * are viewed where they lie and its strings decoded as one: nothing is made per place or per name.
 */
export function openGazetteer(bytes: Uint8Array): GazetteerIndex {
  const { sections } = readSections(bytes);
  const strings = new StringTable(new TextDecoder('utf-8', { ignoreBOM: true }).decode(sections.strings), sections.stringStarts);
  const table = new PlaceTable(sections, strings);
  return { table, names: new NameIndex(sections, strings), places: featureArray(table), byId: { get: id => table.indexOf(id) } };
}

/** Parsed gazetteer GeoJSON → its compact form. Throws GazetteerError naming the first bad feature. */
export function compactGazetteer(json: unknown, sourceHash?: Uint8Array): Uint8Array {
  return encodeGazetteer(validateGazetteer(json).features, sourceHash);
}

/** Parsed gazetteer GeoJSON → index, by way of the compact form. Throws GazetteerError naming the first bad feature. */
export function loadGazetteer(json: unknown): GazetteerIndex {
  return openGazetteer(compactGazetteer(json));
}

/** An array of the table's features that makes each the first time it is read. */
function featureArray(table: PlaceTable): readonly PlaceFeature[] {
  return new Proxy<PlaceFeature[]>(new Array(table.length).fill(undefined), {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0 && i < table.length && String(i) === key) return table.feature(i);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
