/**
 * The compact gazetteer file (data/gazetteer.index.bin): the places in columns and the name trie
 * as flat arrays (see NameArrays), each a typed array that loading only views, never copies or
 * parses. Layout: the magic "GZIX", the format version, the SHA-256 of the GeoJSON it was made
 * from (zeros when made in memory), then each section's byte offset and length in elements, in
 * the order of SECTIONS; sections start on 8-byte boundaries. Numbers are little-endian, as on
 * every platform this runs on: a big-endian reader would misread the magic and refuse the file.
 */
import { GazetteerError } from './validate-gazetteer.ts';

export const FORMAT_VERSION = 1;
const MAGIC = 0x58495a47; // "GZIX"
const HASH_BYTES = 32;

const SECTIONS = {
  /** UTF-8 of every string, one after the other. */
  strings: Uint8Array,
  /** UTF-16 offset of each string once decoded, and the end of the last. */
  stringStarts: Uint32Array,
  lon: Float64Array,
  lat: Float64Array,
  population: Float64Array,
  /** Index of the place's first-level division, -1 for none. */
  admin1: Int32Array,
  /** Index of the containing place, -1 for none. */
  parent: Int32Array,
  /** Index in PLACE_TYPES. */
  type: Uint8Array,
  /** CAPITAL | APPROX | DEMONYMS. */
  flags: Uint8Array,
  /** Index in `countries`. */
  country: Uint16Array,
  /** String ids of the country codes, "" included. */
  countries: Uint32Array,
  /** Place i's strings are refs[refStart[i]] up to refs[refStart[i + 1]] (see place-table.ts). */
  refStart: Uint32Array,
  refs: Uint32Array,
  /** Place indexes in the order of their ids, for lookups by id. */
  idOrder: Uint32Array,
  nodeWord: Uint32Array,
  nodeParent: Int32Array,
  nodeNext: Uint8Array,
  nodeHits: Uint32Array,
  slots: Uint32Array,
  hitPlace: Int32Array,
  hitFlags: Uint8Array,
  hitSpelling: Uint32Array,
} as const;

export type Sections = { [K in keyof typeof SECTIONS]: (typeof SECTIONS)[K]['prototype'] };

const NAMES = Object.keys(SECTIONS) as Array<keyof Sections>;
const HEADER_BYTES = align(8 + HASH_BYTES + 8 * NAMES.length);

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** The sections in one buffer, behind the header. */
export function writeSections(sections: Sections, sourceHash: Uint8Array = new Uint8Array(HASH_BYTES)): Uint8Array {
  let size = HEADER_BYTES;
  const offsets = NAMES.map(name => {
    const at = size;
    size = align(size + sections[name].byteLength);
    return at;
  });
  const out = new Uint8Array(size);
  const header = new Uint32Array(out.buffer, 0, HEADER_BYTES / 4);
  header[0] = MAGIC;
  header[1] = FORMAT_VERSION;
  out.set(sourceHash, 8);
  NAMES.forEach((name, i) => {
    const section = sections[name];
    header[(8 + HASH_BYTES) / 4 + 2 * i] = offsets[i]!;
    header[(8 + HASH_BYTES) / 4 + 2 * i + 1] = section.length;
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), offsets[i]!);
  });
  return out;
}

/** Whether the bytes start like a compact gazetteer (rather than, say, GeoJSON). */
export function isGazetteerIndex(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === MAGIC;
}

/** Views on the sections of a compact gazetteer; throws GazetteerError when it is not one this code reads. */
export function readSections(bytes: Uint8Array): { sections: Sections; sourceHash: Uint8Array } {
  // Typed arrays need aligned offsets: a buffer shared with other data may start anywhere.
  const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  if (data.length < HEADER_BYTES || new Uint32Array(data.buffer, data.byteOffset, 1)[0] !== MAGIC) throw new GazetteerError('not a compact gazetteer file');
  const header = new Uint32Array(data.buffer, data.byteOffset, HEADER_BYTES / 4);
  if (header[1] !== FORMAT_VERSION) throw new GazetteerError(`compact gazetteer of format ${header[1]}, not ${FORMAT_VERSION}: rebuild it (npm run gazetteer)`);
  const sections = {} as Record<keyof Sections, unknown>;
  NAMES.forEach((name, i) => {
    const offset = header[(8 + HASH_BYTES) / 4 + 2 * i]!;
    const length = header[(8 + HASH_BYTES) / 4 + 2 * i + 1]!;
    const type = SECTIONS[name] as { BYTES_PER_ELEMENT: number; new (buffer: ArrayBufferLike, byteOffset: number, length: number): unknown };
    if (offset + length * type.BYTES_PER_ELEMENT > data.length) throw new GazetteerError(`compact gazetteer cut short (section ${name})`);
    sections[name] = new type(data.buffer, data.byteOffset + offset, length);
  });
  return { sections: sections as Sections, sourceHash: data.subarray(8, 8 + HASH_BYTES) };
}
