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
}

/**
 * A compact gazetteer (data/gazetteer.index.bin, or encodeGazetteer's output) → index. Its arrays
 * are viewed where they lie and its strings decoded as one: nothing is made per place or per name.
 */
export function openGazetteer(bytes: Uint8Array): GazetteerIndex {
  const { sections } = readSections(bytes);
  const strings = new StringTable(new TextDecoder('utf-8', { ignoreBOM: true }).decode(sections.strings), sections.stringStarts);
  const table = new PlaceTable(sections, strings);
  return { table, names: new NameIndex(sections, strings) };
}

/** Parsed gazetteer GeoJSON → its compact form. Throws GazetteerError naming the first bad feature. */
export function compactGazetteer(json: unknown, sourceHash?: Uint8Array): Uint8Array {
  return encodeGazetteer(validateGazetteer(json).features, sourceHash);
}

/** Parsed gazetteer GeoJSON → index, by way of the compact form. Throws GazetteerError naming the first bad feature. */
export function loadGazetteer(json: unknown): GazetteerIndex {
  return openGazetteer(compactGazetteer(json));
}
