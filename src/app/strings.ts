import type { PlaceType, Section } from '../geoparse/types.ts';
import type { AddProblem } from './ingest/ingest.ts';
import type { LayerGroup } from './model/filters.ts';
import type { Expected, ImportReason } from './model/import.ts';
import type { Language } from './model/language.ts';
import type { LinkField, LinkProblem } from './model/url-state.ts';
import { locale } from './state/locale.svelte.ts';
import { vi } from './strings.vi.ts';
import { countryName, formatDate, formatNumber } from './ui/format.ts';

const n = (value: number) => formatNumber(value, 'en');

/** What a refusal of this code carries besides it: nothing, or its detail. */
type DetailOf<C extends AddProblem['code']> = Extract<AddProblem, { code: C }> extends { detail: infer D } ? D : undefined;
/** The words for each reason an input is refused, each given the detail of its own code. */
type ProblemWords = { [C in AddProblem['code']]: (name: string, detail: DetailOf<C>) => string };

/** A refusal in a table's words, naming the input. */
export function wordProblem(words: ProblemWords, name: string, problem: AddProblem): string {
  // the compiler does not follow a problem's code to the detail its wording takes
  const word = words[problem.code] as (name: string, detail: unknown) => string;
  return word(name, 'detail' in problem ? problem.detail : undefined);
}

const EXPECTED: Record<Exclude<Expected, object>, string> = {
  articleId: 'an article id', placeId: 'a place id', text: 'a text', textOrNull: 'a text or null',
  wholeNumber: 'a whole number', share: 'a number from 0 to 1', boolean: 'true or false',
};

/** `"vi" or "en"`, `"country", …, "site" or "water"`: the values as they are written in the file. */
const either = (values: readonly string[]) => `${values.slice(0, -1).map((v) => `"${v}"`).join(', ')} or "${values.at(-1)}"`;

/** Why a GeoJSON file was refused, naming it and, when one is to blame, its feature. */
function importProblem(name: string, reason: ImportReason): string {
  const file = `"${name}"`;
  const feature = (at: number) => `${file}: feature ${n(at)}`;
  switch (reason.kind) {
    case 'notJson': return `${file} is not JSON`;
    case 'notFeatureCollection': return `${file} is not a GeoJSON FeatureCollection`;
    case 'noFeatures': return `${file} has no features`;
    case 'notFeature': return `${feature(reason.feature)} is not a GeoJSON Feature`;
    case 'notPoint': return reason.geometry === null
      ? `${feature(reason.feature)} has no geometry; each feature must be a Point`
      : `${feature(reason.feature)} is a ${reason.geometry}, not a Point`;
    case 'unreadableCoordinates': return `${feature(reason.feature)} has unreadable coordinates`;
    case 'outOfRange':
      return `${feature(reason.feature)} has coordinates out of range (${n(reason.lon)}, ${n(reason.lat)}): longitude must be within ±180 and latitude within ±90`;
    case 'noProperties': return `${feature(reason.feature)} has no properties`;
    case 'badProperty': {
      const { expected } = reason;
      return `${feature(reason.feature)}: "${reason.key}" must be ${typeof expected === 'string' ? EXPECTED[expected] : either(expected.oneOf)}`;
    }
    case 'endBeforeStart': return `${feature(reason.feature)}: "end" is before "start"`;
  }
}

const LINK_FIELDS: Record<LinkField, string> = {
  zoom: 'the zoom', latitude: 'the latitude', longitude: 'the longitude', bearing: 'the bearing', pitch: 'the pitch',
  areaLatitude: 'the area’s latitude', areaLongitude: 'the area’s longitude', areaRadius: 'the area’s radius',
  dateFrom: 'the start date', dateTo: 'the end date',
};

/**
 * Every string the interface shows, in English; `strings.vi.ts` has the same table in Vietnamese
 * and the compiler holds the two to the same keys. Functions for strings with numbers, dates or
 * names in them, so each language orders and formats them its own way. Components read `t`.
 */
const en = {
  appName: 'News Places',
  appTagline: 'Where the news happens: places mentioned in articles',
  pageTitle: 'News Places — map explorer',
  mapLabel: 'Map of the places the articles mention. Arrow keys pan, plus and minus zoom.',
  loading: 'Loading articles…',
  loadFailed: (why: string) => `The articles could not be loaded: ${why}`,
  summary: (mentions: number, places: number, articles: number) =>
    `${n(mentions)} mentions of ${n(places)} places in ${n(articles)} articles`,
  number: n,
  date: (date: string | null) => formatDate(date, 'en', 'no date', 'year unknown'),
  countryName: (code: string) => countryName(code, 'en'),

  language: 'Language',

  articles: 'Articles',
  articleToggle: (title: string) => `Show mentions from “${title}”`,
  showAllArticles: (count: number) => `Show all ${n(count)} articles`,
  mentionsCount: (count: number) => `${n(count)} mention${count === 1 ? '' : 's'}`,
  rename: 'Rename',
  remove: 'Remove',
  renameArticle: (title: string) => `Rename “${title}”`,
  removeArticle: (title: string) => `Remove “${title}”`,
  newTitle: 'New title',
  saveTitle: 'Save',
  cancel: 'Cancel',
  removeConfirm: (title: string) => `Remove “${title}” and your corrections of it from this browser?`,
  removeYes: 'Remove it',
  articleRemoved: (title: string) => `“${title}” was removed.`,
  addedByYou: 'added by you',

  layers: 'Layers',
  layerGroups: { local: 'Districts & sites', city: 'Cities & towns', region: 'Provinces & regions', country: 'Countries' } satisfies Record<LayerGroup, string>,
  sections: { body: 'In the article body', related: 'In related links' } satisfies Record<Section, string>,
  sectionHint: 'Related-link mentions are drawn hollow.',

  filters: 'Filters',
  searchLabel: 'Find a place',
  searchPlaceholder: 'Place name, any language (e.g. thanh co)',
  dateFrom: 'From date',
  dateTo: 'To date',
  area: 'Area',
  areaAnywhere: 'Anywhere',
  areaNear: 'Within a distance',
  areaView: 'In the current map view',
  radiusKm: 'Radius (km)',
  areaCentre: (name: string) => `around ${name}`,
  pickCentre: 'Pick the centre on the map',
  pickingCentre: 'Click the map to set the centre…',
  clearFilters: 'Clear all filters',

  places: 'Places',
  sortBy: 'Sort places by',
  sortMentions: 'Mentions',
  sortName: 'Name',
  noPlaces: 'No place matches the filters.',
  listCapped: (shown: number, total: number) => `Showing ${n(shown)} of ${n(total)} places.`,

  placeTypes: { country: 'Country', admin1: 'Province / state', region: 'Region', city: 'City or town', district: 'District', site: 'Site', water: 'Body of water' } satisfies Record<PlaceType, string>,
  writtenAs: 'As written',
  coordinates: 'Coordinates',
  duplicate: 'repeat',
  readArticle: 'Read the article',
  nearHere: (km: number) => `Show only places within ${n(km)} km of here`,
  moreMentions: (count: number) => `and ${n(count)} more in this article`,
  closePopup: 'Close',

  reader: 'Article',
  closeReader: 'Close the article',
  noText: 'The text of this article is not loaded; its mentions are:',
  mentionButton: (name: string) => `${name}: show on the map`,
  source: 'Source',
  readerKey: 'Places are marked by kind:',
  notAPlaceKey: 'not a place',
  relatedBlock: 'Related links (not the story itself)',
  repeatedText: 'Repeated text: its places are shown but not counted',
  mentionState: { geoparser: '', corrected: ' (corrected by you)', 'not-a-place': ' (not a place, by your correction)' } as Record<'geoparser' | 'corrected' | 'not-a-place', string>,
  mentionNotAPlace: (surface: string) => `${surface}: marked as not a place`,
  editMention: (surface: string) => `“${surface}”`,
  onTheMapAs: 'On the map as',
  notOnTheMap: 'Not on the map: you marked it as not a place.',
  geoparserRead: (name: string) => `The geoparser read it as ${name}.`,
  placeSummary: (type: string, within: string | null, country: string) => [type, within, country].filter(Boolean).join(', '),
  confidence: (share: number) => `confidence ${Math.round(share * 100)}%`,
  choosePlace: 'Choose another place',
  notAPlace: 'Not a place',
  undoCorrection: 'Undo my correction',
  closeEditor: 'Close',
  placesNamed: (surface: string) => `Places the gazetteer knows as “${surface}”`,
  lookingUp: 'Looking up the places of this name…',
  noOtherPlaces: 'The gazetteer has no other place of this name.',
  currentPlace: 'current',
  lookupFailed: (why: string) => `The places could not be looked up (${why}).`,
  corrected: (surface: string, name: string) => `“${surface}” is now ${name} on the map.`,
  markedNotAPlace: (surface: string) => `“${surface}” is off the map: not a place.`,
  correctionUndone: (surface: string) => `“${surface}” is back as the geoparser read it.`,

  copyLink: 'Copy link',
  linkCopied: 'Link copied: it opens this exact view.',
  linkCopyFailed: 'The link could not be copied; copy it from the address bar.',
  downloadGeoJSON: 'Download GeoJSON',
  downloadCSV: 'Download CSV',
  openFile: 'Add files',
  openFileHint: 'Text (.txt, .md), web pages (.html) or GeoJSON exported by this map; several at once',
  dropHint: 'Drop text, HTML or GeoJSON files on the map to add them.',
  pasteArticle: 'Paste an article',
  pasteHint: 'The text stays in this browser: its places are found here and it is sent nowhere.',
  pasteTitle: 'Title (optional; otherwise the first line)',
  pasteText: 'Article text, in English or Vietnamese',
  pasteSubmit: 'Find the places',
  pasteEmpty: 'Paste the article’s text first: the box is empty.',
  pastedText: 'the pasted text',
  adding: (done: number, total: number, name: string) => `Adding ${n(done + 1)} of ${n(total)}: ${name}`,
  loadingGazetteer: 'Loading the gazetteer (the first time only)…',
  articleAdded: (title: string, mentions: number, places: number) =>
    `“${title}” added: ${n(mentions)} mention${mentions === 1 ? '' : 's'} of ${n(places)} place${places === 1 ? '' : 's'}.`,
  batchAdded: (names: string[], more: number) => `Added: ${names.join(', ')}${more ? ` and ${n(more)} more` : ''}.`,
  alreadyAdded: (name: string) => `"${name}" is already on the map: nothing to add.`,
  addProblems: {
    empty: (name: string) => `"${name}" is empty`,
    blank: (name: string) => `"${name}" holds only blank space`,
    binary: (name: string) => `"${name}" is a binary file (a picture, PDF or archive?), not text`,
    'not-utf8': (name: string) => `"${name}" is not UTF-8 text; save it as UTF-8 and add it again`,
    unsupported: (name: string) => `"${name}" is not a kind of file the map reads (.txt, .md, .html, .geojson)`,
    'too-big': (name: string) => `"${name}" is larger than 20 MB`,
    'no-text': (name: string) => `"${name}" has no text once its markup is set aside`,
    geojson: (name: string, reason: ImportReason) => importProblem(name, reason),
    gazetteer: (name: string, why: string) => `"${name}" could not be geoparsed: ${why}`,
  } satisfies ProblemWords,
  addFailed: (name: string, why: string) => `"${name}" could not be added (${why})`,
  storageUnavailable: (why: string) => `This browser cannot keep added articles (${why}): they stay until the page is reloaded.`,
  storageFailed: (why: string) => `The change could not be saved in this browser (${why}); it lasts until the page is reloaded.`,
  fileAdded: (file: string, added: number, known: number, corrected: number) =>
    `${file}: ${n(added)} mentions added${known ? `, ${n(known)} already on the map` : ''}${corrected ? `, ${n(corrected)} corrected as the file says` : ''}.`,
  fileRefused: (why: string) => `${why}. Nothing was added; the map is unchanged.`,

  settings: 'Basemap',
  basemapLabel: 'Online basemap: a MapLibre style URL or a PMTiles archive',
  basemapHint: 'Leave empty for the built-in offline map. An online basemap sends requests to its server.',
  basemapApply: 'Use this basemap',
  basemapOffline: 'Use the offline map',
  basemapFailed: (why: string) => `The online basemap failed to load (${why}); back to the offline map.`,
  basemapAsk: (host: string) => `This link shows an online basemap from ${host}. Loading it sends requests to that server.`,
  basemapLoad: 'Load it',
  basemapKeepOffline: 'Keep the offline map',

  badLink: (why: string) => `This link could not be opened as it is (${why}), so the default view is shown.`,
  elsewhere: (ids: string[], more: number) =>
    `This link shows articles that were added in another browser and are not in this one: ${ids.join(', ')}${more ? ` and ${n(more)} more` : ''}. The rest of the view is as it was shared; ask the sender for a GeoJSON export to see them.`,
  linkProblem: (problem: LinkProblem): string => {
    switch (problem.kind) {
      case 'notNumber': return `${LINK_FIELDS[problem.field]} is not a number`;
      case 'outOfRange': return `${LINK_FIELDS[problem.field]} is out of range`;
      case 'notDate': return `${LINK_FIELDS[problem.field]} is not a date`;
      case 'notLoaded': return `the ${problem.what} “${problem.value}” is not loaded`;
      case 'unknownLayer': return `there is no layer “${problem.value}”`;
      case 'unknownLanguage': return `there is no language “${problem.value}”`;
      case 'unknownPart': return `the link has an unknown part “${problem.value}”`;
      case 'noValue': return `the link part “${problem.value}” has no value`;
      case 'repeated': return `the link repeats “${problem.value}”`;
      case 'cameraUnreadable': return 'the map position is unreadable';
      case 'areaUnreadable': return 'the area is unreadable';
      case 'addedUnreadable': return 'the list of added articles is unreadable';
      case 'textTooLong': return 'the search text is too long';
      case 'textCharacters': return 'the search text holds characters no place name has';
      case 'urlTooLong': return 'the basemap URL is too long';
      case 'notUrl': return 'the basemap URL is not a URL';
      case 'urlScheme': return 'the basemap URL must start with https:// or http://, or with pmtiles:// and one of them';
      case 'datesReversed': return 'the start date is after the end date';
      case 'linkTooLong': return 'the link is too long';
      case 'badEncoding': return 'the link is not properly encoded';
    }
  },
  dismiss: 'Dismiss',

  /** MapLibre's own controls, by its string ids. */
  mapControls: {
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Drag to rotate the map, click to reset north',
    'AttributionControl.ToggleAttribution': 'Show or hide the map credits',
    'AttributionControl.MapFeedback': 'Map feedback',
    'LogoControl.Title': 'MapLibre logo',
  },
};

export type Strings = typeof en;
export { en };

const TABLES: Record<Language, Strings> = { en, vi };

/**
 * The current language's table. A proxy rather than a plain object so that `t.copyLink` in a
 * template reads `locale.lang`, a rune: Svelte then redraws every string when the language changes,
 * and components import `t` as if it were a constant.
 */
export const t: Strings = new Proxy(en, {
  get: (_, key) => TABLES[locale.lang][key as keyof Strings],
});
