import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../geoparse/test/geoparse-fixture.ts';
import { toGeoJSON } from '../model/export.ts';
import { MENTIONS } from '../model/fixtures/small-dataset.ts';
import { contentKind, fileKind, ingest, MAX_INPUT_BYTES, type AddInput, type AddOutcome } from './ingest.ts';

const NOW = 1_700_000_000_000;
let gazetteerLoads = 0;
const loadGazetteer = async () => {
  gazetteerLoads++;
  return gazetteer;
};
const run = (input: AddInput) => ingest(input, loadGazetteer, NOW);
const file = (name: string, content: string | Uint8Array<ArrayBuffer>) => ({ kind: 'file' as const, file: new File([content], name) });
const article = (outcome: AddOutcome) => {
  if (!outcome.ok || outcome.added.kind !== 'article') throw new Error(`not an article: ${JSON.stringify(outcome)}`);
  return outcome.added.record;
};

describe('fileKind', () => {
  it('tells text, HTML and GeoJSON files by their extension, in any case, whatever their type', () => {
    const kinds = ['a.txt', 'b.MD', 'c.html', 'd.HTM', 'e.geojson', 'f.json', 'g.pdf', 'h.tar.gz'].map((name) => fileKind(name, 'text/plain'));
    expect(kinds).toEqual(['text', 'text', 'html', 'html', 'geojson', 'geojson', null, null]);
  });

  it('goes by the type for a name without an extension, else by the content', () => {
    expect(fileKind('export', 'application/geo+json')).toBe('geojson');
    expect(fileKind('page', 'text/html; charset=utf-8')).toBe('html');
    expect(fileKind('3f2a-download', '')).toBe('content');
    expect(fileKind('.hidden/notes', '')).toBe('content');
  });
});

describe('contentKind', () => {
  it('knows GeoJSON and web pages by how they start, and takes anything else as text', () => {
    expect(['  {"type":"FeatureCollection"}', '<!DOCTYPE html><p>x', '<html>', 'Troops in <b>Mosul</b>', 'Plain text.'].map(contentKind)).toEqual(['geojson', 'html', 'html', 'text', 'text']);
  });
});

describe('ingest', () => {
  it('geoparses a pasted text under its title, the title leading the text', async () => {
    const record = article(await run({ kind: 'paste', title: 'The army advances', text: 'Iraqi troops entered West Mosul from Baghdad.' }));
    expect(record.article).toMatchObject({ title: 'The army advances', lang: 'en', text: 'The army advances\n\nIraqi troops entered West Mosul from Baghdad.' });
    expect(record.article.id).toMatch(/^the-army-advances-[0-9a-z]{7}$/);
    expect(record.mentions.map((m) => [m.properties.surface, m.properties.name, m.properties.article, m.properties.title, m.properties.start])).toEqual([
      ['Iraqi', 'Iraq', record.article.id, 'The army advances', 19],
      ['West Mosul', 'West Mosul', record.article.id, 'The army advances', 40],
      ['Baghdad', 'Baghdad', record.article.id, 'The army advances', 56],
    ]);
    expect(record.placeNames['gn:98182']).toEqual(['Baghdad']);
    expect(record.added).toBe(NOW);
  });

  it('takes the title from the first line when none is given', async () => {
    const record = article(await run({ kind: 'paste', title: ' ', text: 'Lũ ở Quảng Trị\n\nNước dâng cao ở Quảng Trị, Việt Nam.' }));
    expect(record.article).toMatchObject({ title: 'Lũ ở Quảng Trị', lang: 'vi' });
    expect(record.mentions.map((m) => m.properties.name)).toContain('Quảng Trị');
  });

  it('reads an HTML file as its text, markup set apart, the layout known', async () => {
    const record = article(await run(file('page.html', '<title>Raqqa</title><p>Fighting in <i>Raqqa</i>, Syria.<script>alert(1)</script></p>')));
    expect(record.article.text).toBe('Raqqa\n\nFighting in Raqqa, Syria.');
    expect(record.article.layout).toEqual({ relatedStart: record.article.text!.length, duplicates: [] });
    expect(record.mentions.map((m) => m.properties.surface)).toEqual(['Raqqa', 'Raqqa', 'Syria']);
  });

  it('names an article with no title line after its file', async () => {
    expect(article(await run(file('notes.txt', '\n\n'.repeat(3) + 'Paris.'))).article.title).toBe('Paris.');
    expect(article(await run(file('notes.md', 'x'.repeat(10)))).article.title).toBe('xxxxxxxxxx');
  });

  it('reads a file saved without an extension by what it holds', async () => {
    expect(await run(file('download-1', JSON.stringify(toGeoJSON(MENTIONS))))).toMatchObject({ ok: true, added: { kind: 'mentions' } });
    expect(article(await run(file('download-2', '<html><title>Raqqa</title><p>Raqqa.</p>'))).article.text).toBe('Raqqa\n\nRaqqa.');
  });

  it('reads a GeoJSON file of mentions without loading the gazetteer', async () => {
    const before = gazetteerLoads;
    const outcome = await run(file('m.geojson', JSON.stringify(toGeoJSON(MENTIONS))));
    expect(outcome).toEqual({ ok: true, added: { kind: 'mentions', mentions: toGeoJSON(MENTIONS).features } });
    expect(gazetteerLoads).toBe(before);
  });

  it.each([
    ['an empty paste', { kind: 'paste', title: 'Title only', text: ' \n ' } as AddInput, { code: 'empty' }],
    ['an empty file', file('a.txt', ''), { code: 'empty' }],
    ['a file of blanks', file('a.txt', '  \n\t'), { code: 'blank' }],
    ['a binary file', file('photo.txt', Uint8Array.from([0xff, 0xd8, 0xff, 0, 0x10])), { code: 'binary' }],
    ['a Latin-1 file', file('a.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9])), { code: 'not-utf8' }],
    ['a PDF', file('report.pdf', '%PDF-1.4'), { code: 'unsupported' }],
    ['an HTML page with no text', file('empty.html', '<html><script>x</script></html>'), { code: 'no-text' }],
    ['invalid GeoJSON', file('bad.geojson', '{"type":"Feature"'), { code: 'geojson', detail: { kind: 'notJson' } }],
  ])('refuses %s', async (_, input, problem) => {
    expect(await run(input)).toEqual({ ok: false, problem });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = { kind: 'file' as const, file: { name: 'big.txt', size: MAX_INPUT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as File };
    expect(await run(big)).toEqual({ ok: false, problem: { code: 'too-big' } });
  });

  it('says so when the gazetteer cannot be loaded', async () => {
    const outcome = await ingest({ kind: 'paste', title: '', text: 'Mosul.' }, () => Promise.reject(new Error('HTTP 404')), NOW);
    expect(outcome).toEqual({ ok: false, problem: { code: 'gazetteer', detail: 'HTTP 404' } });
  });
});
