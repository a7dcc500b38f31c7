/** The committed data/gazetteer.index.bin is the compact form of the committed data/gazetteer.geojson. */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readSections } from '../../src/geoparse/gazetteer/gazetteer-format.ts';
import { openGazetteer } from '../../src/geoparse/gazetteer/load-gazetteer.ts';
import { wordsOf } from '../../src/geoparse/text/fold.ts';
import type { Gazetteer } from '../../src/geoparse/types.ts';
import { paths } from './sources.ts';
import { indexOfGeoJson, sha256 } from './write-index.ts';

const STALE = 'data/gazetteer.index.bin is out of date: run `npx tsx scripts/gazetteer/write-index.ts`';
const geojson = readFileSync(paths.output);
const index = readFileSync(paths.index);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('data/gazetteer.index.bin', () => {
  it('was made from the committed GeoJSON', () => {
    expect(hex(readSections(index).sourceHash), STALE).toBe(hex(sha256(geojson)));
  });

  it('is what this code makes of the GeoJSON, byte for byte', () => {
    expect(Buffer.compare(Buffer.from(indexOfGeoJson(geojson)), index) === 0, STALE).toBe(true);
  });

  it('gives back every feature as the GeoJSON has it, and finds it by each of its names', () => {
    const features = (JSON.parse(geojson.toString('utf8')) as Gazetteer).features;
    const gazetteer = openGazetteer(index);
    expect(gazetteer.table.length).toBe(features.length);
    const unlike = features.filter((f, i) => !isDeepStrictEqual(gazetteer.table.feature(i), f)).map(f => f.properties.id);
    expect(unlike).toEqual([]);
    const unfound: string[] = [];
    features.forEach((f, i) => {
      const p = f.properties;
      for (const name of [p.name, ...p.names.en, ...p.names.vi, ...p.names.ar, ...p.alt, ...(p.demonyms ?? [])]) {
        const key = wordsOf(name).join(' ');
        if (key && !gazetteer.names.hitsOf(key)?.some(h => h.place === i)) unfound.push(`${p.id} ${name}`);
      }
    });
    expect(unfound).toEqual([]);
  });
});
