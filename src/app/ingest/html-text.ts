/**
 * The text a reader sees in an HTML page, without a DOM: it runs in the geoparsing worker, which
 * has none, and nothing of the page is ever parsed into a document that could load or run it.
 * Markup is dropped, each block (paragraph, heading, list item, line break) becomes a paragraph of
 * its own (blank lines between them), entities are decoded, and the page's <title> leads as the
 * article's title line.
 */
import { collapseSpaces } from '../../geoparse/text/collapse-spaces.ts';

/** Elements whose content no reader sees as the article's text. */
const UNSEEN = 'script|style|noscript|template|svg|math|iframe|object|select|textarea|head';
const UNSEEN_ELEMENT = new RegExp(`<(${UNSEEN})\\b[\\s\\S]*?(?:<\\/\\1\\s*>|$)`, 'gi');
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;
/** A start or end tag, attribute values quoted or not (a quoted ">" does not end the tag). */
const TAG = /<\/?([a-z][a-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;
const BLOCKS = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/** HTML 4's Latin-1 entities, U+00A0 to U+00FF in order. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const ENTITIES = new Map<string, string>([
  ...LATIN1.split(' ').map((name, i) => [name, String.fromCharCode(0xa0 + i)] as [string, string]),
  ...Object.entries({
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’',
    sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', lsaquo: '‹', rsaquo: '›', bull: '•', euro: '€', trade: '™',
    prime: '′', Prime: '″', dagger: '†', Dagger: '‡', permil: '‰', ensp: ' ', emsp: ' ', thinsp: ' ', zwnj: '',
    zwj: '', lrm: '', rlm: '', OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', circ: 'ˆ', tilde: '˜',
    // Vietnamese letters that have names (HTML5); pages mostly write them as UTF-8 or numbers
    abreve: 'ă', Abreve: 'Ă', dstrok: 'đ', Dstrok: 'Đ', imath: 'ı',
  }),
]);

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\uFFFD';
}

/** Named and numeric character references; an unknown name stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return codePoint(Number(dec));
    if (hex) return codePoint(parseInt(hex, 16));
    return ENTITIES.get(name!) ?? whole;
  });
}

/** Lines trimmed, with whitespace runs as one space; empty ones dropped. */
function paragraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => collapseSpaces(line).trim())
    .filter(Boolean);
}

export function htmlToText(html: string): string {
  const title = paragraphs(decodeEntities(html.match(TITLE)?.[1]?.replace(TAG, '') ?? '')).join(' ');
  // Line breaks in the source are only spaces: blocks make the paragraphs.
  const body = collapseSpaces(html.replace(COMMENT, '').replace(UNSEEN_ELEMENT, '\n'))
    .replace(TAG, (_, name: string) => (BLOCKS.has(name.toLowerCase()) ? '\n' : ''));
  const lines = paragraphs(decodeEntities(body));
  if (title && lines[0] !== title) lines.unshift(title);
  return lines.join('\n\n');
}
