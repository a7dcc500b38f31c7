import { LAYER_GROUPS, NO_FILTERS, SECTIONS, type Area, type Filters } from './filters.ts';

/**
 * The whole view in the URL hash, so a link opens exactly what its sender saw:
 *   #map=zoom/lat/lon[/bearing[/pitch]]&hide=<article ids>&off=<layers>&q=<text>&from=<date>
 *    &to=<date>&area=view|lat,lon,km&place=<place id>&article=<article id>&style=<basemap URL>
 * Every field is checked: a link that fails any check opens the default view with a notice.
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
}

export const DEFAULT_VIEW: ViewState = { camera: null, filters: NO_FILTERS, place: null, article: null, basemap: null };

/** Which ids a link may name: those of the loaded articles and places. */
export interface KnownIds {
  article(id: string): boolean;
  place(id: string): boolean;
}

export interface DecodedView {
  state: ViewState;
  /** Why the link was not followed; empty when it was. */
  problems: string[];
}

const MAX_HASH = 4000;
const MAX_TEXT = 200;
const MAX_URL = 1000;
const LAYERS: readonly string[] = [...LAYER_GROUPS, ...SECTIONS];

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
  ];
  const body = fields.filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`).join('&');
  return body ? `#${body}` : '';
}

/** The part of the view whose changes are steps in the browser history (all but the camera). */
export function historyKey(state: ViewState): string {
  return encodeView({ ...state, camera: null });
}

class LinkError extends Error {}

function number(text: string, what: string, min: number, max: number): number {
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new LinkError(`${what} is not a number`);
  const value = Number(text);
  if (value < min || value > max) throw new LinkError(`${what} is out of range`);
  return value;
}

function decodeCamera(value: string): Camera {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) throw new LinkError('the map position is unreadable');
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
  if (parts.length !== 3) throw new LinkError('the area is unreadable');
  const [lat, lon, km] = parts as [string, string, string];
  return {
    kind: 'near',
    lat: number(lat, 'area latitude', -90, 90),
    lon: number(lon, 'area longitude', -180, 180),
    km: number(km, 'area radius', 0.1, 20000),
  };
}

function decodeDate(value: string, what: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new LinkError(`${what} is not a date`);
  }
  return value;
}

function decodeText(value: string): string {
  if (value.length > MAX_TEXT) throw new LinkError('the search text is too long');
  // Place names never hold markup or control characters; a link that carries them is not ours.
  if (/[<>`"\p{Cc}]/u.test(value)) throw new LinkError('the search text holds characters no place name has');
  return value;
}

/** Checks a basemap URL; also used for what the user types in the settings. */
export function checkBasemapUrl(value: string): string {
  if (value.length > MAX_URL) throw new LinkError('the basemap URL is too long');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new LinkError('the basemap URL is not a URL');
  }
  if (!['https:', 'http:', 'pmtiles:'].includes(url.protocol)) throw new LinkError('the basemap URL must start with https://, http:// or pmtiles://');
  return value;
}

export function basemapUrlProblem(value: string): string | null {
  try {
    checkBasemapUrl(value);
    return null;
  } catch (error) {
    if (error instanceof LinkError) return error.message;
    throw error;
  }
}

function id(value: string, known: (id: string) => boolean, what: string): string {
  if (!known(value)) throw new LinkError(`the ${what} "${value.slice(0, 60)}" is not loaded`);
  return value;
}

function decodeField(state: ViewState, key: string, value: string, known: KnownIds): ViewState {
  const f = state.filters;
  switch (key) {
    case 'map':
      return { ...state, camera: decodeCamera(value) };
    case 'hide':
      return { ...state, filters: { ...f, hiddenArticles: value.split(',').map((v) => id(decodeURIComponent(v), known.article, 'article')) } };
    case 'off': {
      const layers = value.split(',');
      for (const layer of layers) if (!LAYERS.includes(layer)) throw new LinkError(`there is no layer "${layer.slice(0, 30)}"`);
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
      return { ...state, filters: { ...f, dateFrom: decodeDate(value, 'the start date') } };
    case 'to':
      return { ...state, filters: { ...f, dateTo: decodeDate(value, 'the end date') } };
    case 'area':
      return { ...state, filters: { ...f, area: decodeArea(value) } };
    case 'place':
      return { ...state, place: id(decodeURIComponent(value), known.place, 'place') };
    case 'article':
      return { ...state, article: id(decodeURIComponent(value), known.article, 'article') };
    case 'style':
      return { ...state, basemap: checkBasemapUrl(decodeURIComponent(value)) };
    default:
      throw new LinkError(`the link has an unknown part "${key.slice(0, 30)}"`);
  }
}

/** Reads a hash ("#map=…" or ""); any problem gives the default view and says why. */
export function decodeView(hash: string, known: KnownIds): DecodedView {
  const body = hash.replace(/^#/, '');
  if (!body) return { state: DEFAULT_VIEW, problems: [] };
  try {
    if (body.length > MAX_HASH) throw new LinkError('the link is too long');
    let state = DEFAULT_VIEW;
    const seen = new Set<string>();
    for (const part of body.split('&')) {
      const eq = part.indexOf('=');
      const key = eq < 0 ? part : part.slice(0, eq);
      if (eq < 0) throw new LinkError(`the link part "${decodeSafe(key).slice(0, 30)}" has no value`);
      if (seen.has(key)) throw new LinkError(`the link repeats "${key.slice(0, 30)}"`);
      seen.add(key);
      state = decodeField(state, key, part.slice(eq + 1), known);
    }
    const { dateFrom, dateTo } = state.filters;
    if (dateFrom && dateTo && dateFrom > dateTo) throw new LinkError('the start date is after the end date');
    return { state, problems: [] };
  } catch (error) {
    if (error instanceof LinkError) return { state: DEFAULT_VIEW, problems: [error.message] };
    if (error instanceof URIError) return { state: DEFAULT_VIEW, problems: ['the link is not properly encoded'] };
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
