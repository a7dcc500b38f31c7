import { basemapAddress } from './basemap-url.ts';
import { LAYER_GROUPS, NO_FILTERS, SECTIONS, type Area, type Filters } from './filters.ts';
import { isLanguage, type Language } from './language.ts';

/**
 * The whole view in the URL hash, so a link opens exactly what its sender saw:
 *   #map=zoom/lat/lon[/bearing[/pitch]]&hide=<article ids>&off=<layers>&q=<text>&from=<date>
 *    &to=<date>&area=view|lat,lon,km&place=<place id>&article=<article id>&style=<basemap URL>
 *    &mine=<ids of articles added in the sender's browser>[,+<how many more>]&lang=en|vi
 * Every field is checked: a link that fails any check opens the default view with a notice. Only
 * the articles the sender added may be missing: the link names them, so the view still opens and
 * the person who opens it is told which are not in their browser. Problems are data, not
 * sentences: the interface words them in its own language.
 */

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface ViewState {
  /** Null: frame the data. */
  camera: Camera | null;
  filters: Filters;
  /** The place whose popup is open. */
  place: string | null;
  /** The article open in the reader. */
  article: string | null;
  /** An online basemap's style URL; null is the built-in offline basemap. */
  basemap: string | null;
  /** Ids of the articles the user added in this browser: another browser may not have them. */
  added: string[];
  /** The interface language the sender chose; null leaves it to the reader's browser. */
  lang: Language | null;
}

export const DEFAULT_VIEW: ViewState = { camera: null, filters: NO_FILTERS, place: null, article: null, basemap: null, added: [], lang: null };

/** Which ids a link may name: those of the loaded articles and places. */
export interface KnownIds {
  article(id: string): boolean;
  place(id: string): boolean;
}

/** Articles a link names as added in the sender's browser that this browser does not have. */
export interface Elsewhere {
  ids: string[];
  /** Added articles the link had no room to name. */
  more: number;
}

/** A value of the link that was checked against a range or a format. */
export type LinkField =
  | 'zoom' | 'latitude' | 'longitude' | 'bearing' | 'pitch'
  | 'areaLatitude' | 'areaLongitude' | 'areaRadius' | 'dateFrom' | 'dateTo';

/** Why a link, or a basemap URL typed in the settings, was refused. `value` is a cut-down piece of the link. */
export type LinkProblem =
  | { kind: 'notNumber' | 'outOfRange' | 'notDate'; field: LinkField }
  | { kind: 'notLoaded'; what: 'place' | 'article'; value: string }
  | { kind: 'unknownLayer' | 'unknownLanguage' | 'unknownPart' | 'noValue' | 'repeated'; value: string }
  | {
      kind:
        | 'cameraUnreadable' | 'areaUnreadable' | 'addedUnreadable' | 'textTooLong' | 'textCharacters'
        | 'urlTooLong' | 'notUrl' | 'urlScheme' | 'datesReversed' | 'linkTooLong' | 'badEncoding';
    };

export interface DecodedView {
  state: ViewState;
  /** Why the link was not followed; empty when it was. */
  problems: LinkProblem[];
  elsewhere: Elsewhere;
}

const MAX_HASH = 4000;
const MAX_TEXT = 200;
const MAX_URL = 1000;
const LAYERS: readonly string[] = [...LAYER_GROUPS, ...SECTIONS];
/** Added articles a link names; beyond, it only counts them, to stay short. */
const MAX_ADDED = 40;
const NOTHING_ELSEWHERE: Elsewhere = { ids: [], more: 0 };

/** Encodes a value for the hash, leaving "/" and ":" readable (ids like "gn:99072", URLs). */
const enc = (value: string) => encodeURIComponent(value).replace(/%2F/g, '/').replace(/%3A/gi, ':');
const round = (value: number, digits: number) => String(Number(value.toFixed(digits)));

function encodeCamera(c: Camera): string {
  const parts = [round(c.zoom, 2), round(c.lat, 5), round(c.lon, 5)];
  if (c.bearing || c.pitch) parts.push(round(c.bearing, 1));
  if (c.pitch) parts.push(round(c.pitch, 0));
  return parts.join('/');
}

function encodeArea(area: Area): string {
  return area.kind === 'view' ? 'view' : [round(area.lat, 5), round(area.lon, 5), round(area.km, 1)].join(',');
}

/** The hash for a view state, '' for the default view. Only what differs from the default is written. */
export function encodeView(state: ViewState): string {
  const f = state.filters;
  const fields: [string, string | null][] = [
    ['map', state.camera && encodeCamera(state.camera)],
    ['hide', f.hiddenArticles.length ? f.hiddenArticles.map(enc).join(',') : null],
    ['off', [...f.hiddenGroups, ...f.hiddenSections].join(',') || null],
    ['q', f.text ? enc(f.text) : null],
    ['from', f.dateFrom],
    ['to', f.dateTo],
    ['area', f.area && encodeArea(f.area)],
    ['place', state.place && enc(state.place)],
    ['article', state.article && enc(state.article)],
    ['style', state.basemap && enc(state.basemap)],
    ['mine', state.added.length ? encodeAdded(state.added) : null],
    ['lang', state.lang],
  ];
  const body = fields.filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`).join('&');
  return body ? `#${body}` : '';
}

function encodeAdded(ids: string[]): string {
  const named = ids.slice(0, MAX_ADDED).map(enc);
  return (ids.length > MAX_ADDED ? [...named, `+${ids.length - MAX_ADDED}`] : named).join(',');
}

/** The part of the view whose changes are steps in the browser history: what the user chose to see. */
export function historyKey(state: ViewState): string {
  return encodeView({ ...state, camera: null, added: [] });
}

class LinkError extends Error {
  constructor(readonly problem: LinkProblem) {
    super(problem.kind);
  }
}

const fail = (problem: LinkProblem): never => {
  throw new LinkError(problem);
};
/** A piece of the link quoted back in a message: short, since the rest of the link may be anything. */
const quote = (text: string, length = 30) => text.slice(0, length);

function number(text: string, field: LinkField, min: number, max: number): number {
  if (!/^-?\d+(\.\d+)?$/.test(text)) fail({ kind: 'notNumber', field });
  const value = Number(text);
  if (value < min || value > max) fail({ kind: 'outOfRange', field });
  return value;
}

function decodeCamera(value: string): Camera {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) fail({ kind: 'cameraUnreadable' });
  const [zoom, lat, lon, bearing = '0', pitch = '0'] = parts as [string, string, string, string?, string?];
  return {
    zoom: number(zoom, 'zoom', 0, 22),
    lat: number(lat, 'latitude', -85.06, 85.06),
    lon: number(lon, 'longitude', -180, 180),
    bearing: number(bearing, 'bearing', -180, 180),
    pitch: number(pitch, 'pitch', 0, 85),
  };
}

function decodeArea(value: string): Area {
  if (value === 'view') return { kind: 'view' };
  const parts = value.split(',');
  if (parts.length !== 3) fail({ kind: 'areaUnreadable' });
  const [lat, lon, km] = parts as [string, string, string];
  return {
    kind: 'near',
    lat: number(lat, 'areaLatitude', -90, 90),
    lon: number(lon, 'areaLongitude', -180, 180),
    km: number(km, 'areaRadius', 0.1, 20000),
  };
}

function decodeDate(value: string, field: LinkField): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    fail({ kind: 'notDate', field });
  }
  return value;
}

function decodeText(value: string): string {
  if (value.length > MAX_TEXT) fail({ kind: 'textTooLong' });
  // Place names never hold markup or control characters; a link that carries them is not ours.
  if (/[<>`"\p{Cc}]/u.test(value)) fail({ kind: 'textCharacters' });
  return value;
}

/** Checks a basemap URL; also used for what the user types in the settings. */
export function checkBasemapUrl(value: string): string {
  if (value.length > MAX_URL) fail({ kind: 'urlTooLong' });
  if (!URL.canParse(value)) fail({ kind: 'notUrl' });
  // an archive's address is checked as any other: pmtiles://ftp://… or pmtiles://javascript:… is not one
  const address = basemapAddress(value);
  if (!URL.canParse(address) || !['https:', 'http:'].includes(new URL(address).protocol)) fail({ kind: 'urlScheme' });
  return value;
}

export function basemapUrlProblem(value: string): LinkProblem | null {
  try {
    checkBasemapUrl(value);
    return null;
  } catch (error) {
    if (error instanceof LinkError) return error.problem;
    throw error;
  }
}

function id(value: string, known: (id: string) => boolean, what: 'place' | 'article'): string {
  if (!known(value)) fail({ kind: 'notLoaded', what, value: quote(value, 60) });
  return value;
}

/** What the link says of the sender's added articles: the ids it names, and how many it only counts. */
function decodeAdded(value: string): { ids: string[]; more: number } {
  const parts = value.split(',');
  const last = parts.at(-1)!;
  const more = /^\+\d{1,6}$/.test(last) ? Number(last.slice(1)) : 0;
  const ids = (more ? parts.slice(0, -1) : parts).map((v) => decodeURIComponent(v));
  if (ids.some((id) => !id || id.length > 200)) fail({ kind: 'addedUnreadable' });
  return { ids, more };
}

/** What a link may name though this browser lacks it: the articles its sender added. */
interface LinkIds extends KnownIds {
  /** An article the sender added that is not here. */
  elsewhere(id: string): boolean;
  /** Some article the sender added is not here. */
  missing: boolean;
}

function decodeField(state: ViewState, key: string, value: string, known: LinkIds): ViewState {
  const f = state.filters;
  switch (key) {
    case 'map':
      return { ...state, camera: decodeCamera(value) };
    case 'hide': {
      const ids = value.split(',').map((v) => decodeURIComponent(v)).filter((v) => !known.elsewhere(v));
      return { ...state, filters: { ...f, hiddenArticles: ids.map((v) => id(v, known.article, 'article')) } };
    }
    case 'off': {
      const layers = value.split(',');
      for (const layer of layers) if (!LAYERS.includes(layer)) fail({ kind: 'unknownLayer', value: quote(layer) });
      return {
        ...state,
        filters: {
          ...f,
          hiddenGroups: LAYER_GROUPS.filter((g) => layers.includes(g)),
          hiddenSections: SECTIONS.filter((s) => layers.includes(s)),
        },
      };
    }
    case 'q':
      return { ...state, filters: { ...f, text: decodeText(decodeURIComponent(value)) } };
    case 'from':
      return { ...state, filters: { ...f, dateFrom: decodeDate(value, 'dateFrom') } };
    case 'to':
      return { ...state, filters: { ...f, dateTo: decodeDate(value, 'dateTo') } };
    case 'area':
      return { ...state, filters: { ...f, area: decodeArea(value) } };
    case 'place': {
      const place = decodeURIComponent(value);
      // a place only the missing articles mention: the popup cannot open, the rest of the view can
      return { ...state, place: known.place(place) || !known.missing ? id(place, known.place, 'place') : null };
    }
    case 'article': {
      const article = decodeURIComponent(value);
      return { ...state, article: known.elsewhere(article) ? null : id(article, known.article, 'article') };
    }
    case 'style':
      return { ...state, basemap: checkBasemapUrl(decodeURIComponent(value)) };
    case 'mine':
      return { ...state, added: decodeAdded(value).ids };
    case 'lang':
      return isLanguage(value) ? { ...state, lang: value } : fail({ kind: 'unknownLanguage', value: quote(value) });
    default:
      return fail({ kind: 'unknownPart', value: quote(key) });
  }
}

/** Reads a hash ("#map=…" or ""); any problem gives the default view and says why. */
export function decodeView(hash: string, known: KnownIds): DecodedView {
  const body = hash.replace(/^#/, '');
  if (!body) return { state: DEFAULT_VIEW, problems: [], elsewhere: NOTHING_ELSEWHERE };
  try {
    if (body.length > MAX_HASH) fail({ kind: 'linkTooLong' });
    const fields = new Map<string, string>();
    for (const part of body.split('&')) {
      const eq = part.indexOf('=');
      const key = eq < 0 ? part : part.slice(0, eq);
      if (eq < 0) fail({ kind: 'noValue', value: quote(decodeSafe(key)) });
      if (fields.has(key)) fail({ kind: 'repeated', value: quote(key) });
      fields.set(key, part.slice(eq + 1));
    }
    // the sender's added articles first: the other fields may name them
    const added = fields.has('mine') ? decodeAdded(fields.get('mine')!) : { ids: [], more: 0 };
    const elsewhere = { ids: added.ids.filter((id) => !known.article(id)), more: added.more };
    const absent = new Set(elsewhere.ids);
    const ids: LinkIds = {
      article: (id) => known.article(id),
      place: (id) => known.place(id),
      elsewhere: (id) => !known.article(id) && (absent.has(id) || added.more > 0),
      missing: absent.size > 0 || added.more > 0,
    };
    let state = DEFAULT_VIEW;
    for (const [key, value] of fields) state = decodeField(state, key, value, ids);
    const { dateFrom, dateTo } = state.filters;
    if (dateFrom && dateTo && dateFrom > dateTo) fail({ kind: 'datesReversed' });
    return { state, problems: [], elsewhere };
  } catch (error) {
    if (error instanceof LinkError) return { state: DEFAULT_VIEW, problems: [error.problem], elsewhere: NOTHING_ELSEWHERE };
    if (error instanceof URIError) return { state: DEFAULT_VIEW, problems: [{ kind: 'badEncoding' }], elsewhere: NOTHING_ELSEWHERE };
    throw error;
  }
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
