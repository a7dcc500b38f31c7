import { decodeText, type TextProblem } from '../../geoparse/article/decode-text.ts';
import { parseArticle, type GazetteerIndex } from '../../geoparse/index.ts';
import type { AddedArticle } from '../model/added-articles.ts';
import { addedArticleId } from '../model/article-id.ts';
import type { ExplorerMention } from '../model/corrections.ts';
import { ImportError, parseMentionFile, type ImportReason } from '../model/import.ts';
import { mentionedPlaceNames } from '../model/place-names.ts';
import { geoparseText } from './geoparse-text.ts';
import { htmlToText } from './html-text.ts';

/** Files over this size are refused before they are read: an article is rarely over 1 MB. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** What the user gives: a pasted text with an optional title, or a file. */
export type AddInput = { kind: 'paste'; title: string; text: string } | { kind: 'file'; file: File };

/** Why an input added nothing, as data: the page words it, naming the input, in the interface's language. */
export type AddProblem =
  | { code: TextProblem | 'unsupported' | 'too-big' | 'no-text' }
  | { code: 'geojson'; detail: ImportReason }
  | { code: 'gazetteer'; detail: string };

/** A text becomes an article with its mentions; a GeoJSON file brings mentions of its articles. */
export type Added = { kind: 'article'; record: AddedArticle } | { kind: 'mentions'; mentions: ExplorerMention[] };

export type AddOutcome = { ok: true; added: Added } | { ok: false; problem: AddProblem };

type FileKind = 'text' | 'html' | 'geojson';

const BY_EXTENSION: Record<string, FileKind> = {
  txt: 'text', text: 'text', md: 'text', markdown: 'text',
  html: 'html', htm: 'html', xhtml: 'html',
  geojson: 'geojson', json: 'geojson',
};
const BY_TYPE: Record<string, FileKind> = {
  'text/plain': 'text', 'text/markdown': 'text', 'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/json': 'geojson', 'application/geo+json': 'geojson',
};

/**
 * A file's kind by its extension (browsers give no type for .md or .geojson), else by its type;
 * 'content' when neither says (a file saved without an extension); null for another kind of file.
 */
export function fileKind(name: string, type: string): FileKind | 'content' | null {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension !== undefined) return BY_EXTENSION[extension] ?? null;
  return BY_TYPE[type.split(';')[0]!.trim().toLowerCase()] ?? 'content';
}

/** What a text looks like: a GeoJSON file starts with "{", a web page with its markup. */
export function contentKind(text: string): FileKind {
  const start = text.trimStart();
  if (start.startsWith('{')) return 'geojson';
  return /^<(?:!doctype html|html|head|body|!--)/i.test(start) ? 'html' : 'text';
}

const refuse = (problem: AddProblem): AddOutcome => ({ ok: false, problem });

/** The pasted title, when given, leads the text as its title line, as in an article file. */
function pastedText(title: string, text: string): string {
  const trimmed = title.trim();
  return trimmed && !text.trimStart().startsWith(trimmed) ? `${trimmed}\n\n${text}` : text;
}

async function geoparse(text: string, fallbackTitle: string, gazetteer: () => Promise<GazetteerIndex>, now: number): Promise<AddOutcome> {
  let index: GazetteerIndex;
  try {
    index = await gazetteer();
  } catch (error) {
    return refuse({ code: 'gazetteer', detail: error instanceof Error ? error.message : String(error) });
  }
  // the id is made of the title, which only reading the article finds
  const title = parseArticle('', text).title || fallbackTitle;
  const { article, mentions } = geoparseText(addedArticleId(title, text), text, index);
  const titled = mentions.map((m) => ({ ...m, properties: { ...m.properties, title } }));
  return { ok: true, added: { kind: 'article', record: { article: { ...article, title }, mentions: titled, placeNames: mentionedPlaceNames(titled, index), added: now } } };
}

/**
 * One input → an article or mentions, or the reason it gives nothing. Runs in the geoparsing
 * worker; the gazetteer is asked for only when there is text to geoparse.
 */
export async function ingest(input: AddInput, gazetteer: () => Promise<GazetteerIndex>, now: number): Promise<AddOutcome> {
  if (input.kind === 'paste') {
    if (input.text.length > MAX_INPUT_BYTES) return refuse({ code: 'too-big' });
    if (input.text.trim() === '') return refuse({ code: 'empty' });
    return geoparse(pastedText(input.title, input.text), input.title, gazetteer, now);
  }
  const { file } = input;
  const named = fileKind(file.name, file.type);
  if (!named) return refuse({ code: 'unsupported' });
  if (file.size > MAX_INPUT_BYTES) return refuse({ code: 'too-big' });
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  if ('problem' in decoded) return refuse({ code: decoded.problem });
  const kind = named === 'content' ? contentKind(decoded.text) : named;
  if (kind === 'geojson') {
    try {
      return { ok: true, added: { kind: 'mentions', mentions: parseMentionFile(file.name, decoded.text) } };
    } catch (error) {
      if (error instanceof ImportError) return refuse({ code: 'geojson', detail: error.reason });
      throw error;
    }
  }
  const text = kind === 'html' ? htmlToText(decoded.text) : decoded.text;
  if (text.trim() === '') return refuse({ code: 'no-text' });
  return geoparse(text, file.name.replace(/\.[^.]*$/, ''), gazetteer, now);
}
