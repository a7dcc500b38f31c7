import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactGazetteer } from '../geoparse/index.ts';
import { fixtureGazetteer } from '../geoparse/test/fixture-gazetteer.ts';

const CLI = join(import.meta.dirname, 'geoparse.ts');
const TSX = join(import.meta.dirname, '../../node_modules/.bin/tsx');
let dir: string;
let gazetteer: string;

function run(args: string[], input?: string) {
  const r = spawnSync(TSX, [CLI, '--gazetteer', gazetteer, ...args], { encoding: 'utf8', input, cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'geoparse-cli-'));
  gazetteer = join(dir, 'gazetteer.geojson');
  writeFileSync(gazetteer, JSON.stringify(fixtureGazetteer));
  writeFileSync(join(dir, 'a.txt'), 'Iraqi forces entered Mosul.');
  writeFileSync(join(dir, 'b.txt'), 'Quân đội Syria tiến vào Raqqa.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4d, 0x6f, 0x73, 0x75, 0x6c, 0xe9, 0x20]));
  mkdirSync(join(dir, 'nothing'));
  writeFileSync(join(dir, 'nothing', 'image.png'), 'x');
});

describe('geoparse CLI', () => {
  it('prints one FeatureCollection for several files, in input order', () => {
    const r = run(['a.txt', 'b.txt']);
    expect(r.code).toBe(0);
    const fc = JSON.parse(r.out);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { properties: { article: string; surface: string } }) => `${f.properties.article}:${f.properties.surface}`))
      .toEqual(['a:Iraqi', 'a:Mosul', 'b:Syria', 'b:Raqqa']);
  });

  it('streams RFC 8142 text sequences with --format geojsonseq', () => {
    const r = run(['--format', 'geojsonseq', 'a.txt']);
    const records = r.out.split('\x1e').filter(Boolean);
    expect(records).toHaveLength(2);
    expect(JSON.parse(records[0]!).properties.surface).toBe('Iraqi');
  });

  it('reads standard input for "-"', () => {
    const fc = JSON.parse(run(['-'], 'Troops left Raqqa.').out);
    expect(fc.features[0].properties).toMatchObject({ article: 'stdin', surface: 'Raqqa' });
  });

  it('names each bad input on one line, still parses the rest, and exits 1', () => {
    const r = run(['missing.txt', 'empty.txt', 'binary.txt', 'latin1.txt', 'nothing', 'a.txt']);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      'geoparse: missing.txt: no such file or directory',
      'geoparse: empty.txt: empty file',
      'geoparse: binary.txt: binary file (contains NUL bytes), not text',
      'geoparse: latin1.txt: not valid UTF-8 text',
      'geoparse: nothing: directory has no text files (.txt, .text, .md)',
    ]);
    expect(JSON.parse(r.out).features).toHaveLength(2);
  });

  it('refuses an invalid gazetteer with a one-line error naming it', () => {
    const bad = join(dir, 'bad-gazetteer.geojson');
    writeFileSync(bad, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [200, 0] }, properties: {} }] }));
    const r = spawnSync(TSX, [CLI, '--gazetteer', bad, 'a.txt'], { encoding: 'utf8', cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`geoparse: gazetteer ${bad}: invalid: feature 0: coordinates [200,0] are not [lon, lat] within range`);
  });

  it('reads a compact gazetteer as it reads the GeoJSON one, and refuses a damaged one', () => {
    const compact = join(dir, 'gazetteer.index.bin');
    const bytes = compactGazetteer(fixtureGazetteer);
    writeFileSync(compact, bytes);
    const r = spawnSync(TSX, [CLI, '--gazetteer', compact, 'a.txt', 'b.txt'], { encoding: 'utf8', cwd: dir });
    expect(r.stdout).toBe(run(['a.txt', 'b.txt']).out);
    writeFileSync(compact, bytes.subarray(0, bytes.length / 2));
    const cut = spawnSync(TSX, [CLI, '--gazetteer', compact, 'a.txt'], { encoding: 'utf8', cwd: dir });
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(new RegExp(`^geoparse: gazetteer ${compact}: invalid: compact gazetteer cut short`));
  });

  it('stops quietly when the reader of its output goes away', () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 200; i++) writeFileSync(join(many, `${i}.txt`), 'Iraqi forces entered Mosul. '.repeat(20));
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${TSX}" "${CLI}" --gazetteer "${gazetteer}" --jobs 1 many | head -c 100 > /dev/null`], { encoding: 'utf8', cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('loads data/gazetteer.index.bin unless told otherwise', () => {
    const r = spawnSync(TSX, [CLI, 'a.txt'], { encoding: 'utf8', cwd: dir });
    expect(JSON.parse(r.stdout).features.map((f: { properties: { placeId: string } }) => f.properties.placeId)).toEqual(['iso:IQ', 'gn:99072']);
  });

  it.each(['geojson', 'geojsonseq'])('gives the same %s output with worker threads', format => {
    const serial = run(['--format', format, 'a.txt', 'b.txt']).out;
    expect(serial).toContain('"Raqqa"');
    expect(run(['--format', format, '--jobs', '2', 'a.txt', 'b.txt']).out).toBe(serial);
  });
});
