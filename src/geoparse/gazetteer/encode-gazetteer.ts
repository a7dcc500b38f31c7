import type { PlaceFeature } from '../types.ts';
import { column } from './column.ts';
import { writeSections, type Sections } from './gazetteer-format.ts';
import { indexPlace, indexRelativeNames } from './index-names.ts';
import { NameTrie } from './name-trie.ts';
import { APPROX, CAPITAL, DEMONYMS, PLACE_TYPES, type PlaceColumns } from './place-table.ts';
import { StringTableBuilder } from './string-table.ts';

/**
 * Validated gazetteer features → the compact gazetteer (gazetteer-format.ts), with the hash of the
 * file they were read from. All the work of indexing names is done here, once, so that opening
 * the result does none. The same features always give the same bytes.
 */
export function encodeGazetteer(features: readonly PlaceFeature[], sourceHash?: Uint8Array): Uint8Array {
  const byId = new Map(features.map((f, i) => [f.properties.id, i]));
  const trie = new NameTrie();
  features.forEach((f, i) => indexPlace(trie, f, i));
  features.forEach((f, i) => {
    const parent = f.properties.parent === undefined ? undefined : byId.get(f.properties.parent);
    if (parent !== undefined) indexRelativeNames(trie, f, i, features[parent]!);
  });
  const strings = new StringTableBuilder();
  const places = placeColumns(features, byId, strings);
  const names = trie.toArrays(strings);
  const { text, starts } = strings.build();
  const sections: Sections = { strings: new TextEncoder().encode(text), stringStarts: starts, ...places, ...names };
  return writeSections(sections, sourceHash);
}

/** The columns of PlaceTable; references to ids the gazetteer lacks become -1, as if absent. */
function placeColumns(features: readonly PlaceFeature[], byId: ReadonlyMap<string, number>, strings: StringTableBuilder): PlaceColumns {
  const index = (id: string | undefined) => (id === undefined ? -1 : byId.get(id) ?? -1);
  const countries = new Map<string, number>();
  const refs: number[] = [];
  const refStart = new Uint32Array(features.length + 1);
  features.forEach((f, i) => {
    const p = f.properties;
    // A user's gazetteer may leave out the source (validation does not ask for it).
    refs.push(strings.id(p.id), strings.id(p.name), strings.id(p.source ?? ''));
    for (const list of [p.names.en, p.names.vi, p.names.ar, p.alt, p.demonyms ?? []]) refs.push(list.length, ...list.map(s => strings.id(s)));
    refStart[i + 1] = refs.length;
  });
  const order = features.map((_, i) => i).sort((a, b) => {
    const x = features[a]!.properties.id;
    const y = features[b]!.properties.id;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const country = column(Uint16Array, features, f => {
    const code = f.properties.countryCode;
    let k = countries.get(code);
    if (k === undefined) countries.set(code, (k = countries.size));
    return k;
  });
  return {
    lon: column(Float64Array, features, f => f.geometry.coordinates[0]!),
    lat: column(Float64Array, features, f => f.geometry.coordinates[1]!),
    population: column(Float64Array, features, f => f.properties.population),
    admin1: column(Int32Array, features, f => index(f.properties.admin1)),
    parent: column(Int32Array, features, f => index(f.properties.parent)),
    type: column(Uint8Array, features, f => PLACE_TYPES.indexOf(f.properties.type)),
    flags: column(Uint8Array, features, f => (f.properties.capital ? CAPITAL : 0) | (f.properties.approx ? APPROX : 0) | (f.properties.demonyms ? DEMONYMS : 0)),
    country,
    countries: column(Uint32Array, [...countries.keys()], code => strings.id(code)),
    refStart,
    refs: new Uint32Array(refs),
    idOrder: new Uint32Array(order),
  };
}
