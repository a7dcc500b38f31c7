import type { PlaceType, Section } from '../geoparse/types.ts';
import type { LayerGroup } from './model/filters.ts';

/**
 * Every string the interface shows, in one place so the explorer can be translated (a Vietnamese
 * table will sit beside this one). Functions for strings with numbers or names in them.
 */
export const t = {
  appName: 'News Places',
  appTagline: 'Where the news happens: places mentioned in articles',
  mapLabel: 'Map of the places the articles mention',
  loading: 'Loading articles…',
  loadFailed: (why: string) => `The articles could not be loaded: ${why}`,
  summary: (mentions: number, places: number, articles: number) =>
    `${mentions.toLocaleString('en')} mentions of ${places.toLocaleString('en')} places in ${articles.toLocaleString('en')} articles`,

  articles: 'Articles',
  articleToggle: (title: string) => `Show mentions from “${title}”`,
  showAllArticles: (n: number) => `Show all ${n.toLocaleString('en')} articles`,
  noDate: 'no date',
  yearUnknown: 'year unknown',
  mentionsCount: (n: number) => `${n.toLocaleString('en')} mention${n === 1 ? '' : 's'}`,

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
  listCapped: (shown: number, total: number) => `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} places.`,

  placeTypes: { country: 'Country', admin1: 'Province / state', region: 'Region', city: 'City or town', district: 'District', site: 'Site', water: 'Body of water' } satisfies Record<PlaceType, string>,
  writtenAs: 'As written',
  coordinates: 'Coordinates',
  country: 'Country',
  duplicate: 'repeat',
  readArticle: 'Read the article',
  nearHere: (km: number) => `Show only places within ${km} km of here`,
  moreMentions: (n: number) => `and ${n} more in this article`,
  closePopup: 'Close',

  reader: 'Article',
  closeReader: 'Close the article',
  noText: 'The text of this article is not loaded; its mentions are:',
  mentionButton: (name: string) => `${name}: show on the map`,
  source: 'Source',

  copyLink: 'Copy link',
  linkCopied: 'Link copied: it opens this exact view.',
  linkCopyFailed: 'The link could not be copied; copy it from the address bar.',
  downloadGeoJSON: 'Download GeoJSON',
  downloadCSV: 'Download CSV',
  openFile: 'Add a GeoJSON file',
  dropHint: 'Drop a GeoJSON file of mentions on the map to add it.',
  fileAdded: (file: string, added: number, known: number) =>
    `${file}: ${added} mentions added${known ? `, ${known} already on the map` : ''}.`,
  fileRefused: (why: string) => `${why}. Nothing was added; the map is unchanged.`,

  settings: 'Basemap',
  basemapLabel: 'Online basemap style URL (MapLibre style JSON)',
  basemapHint: 'Leave empty for the built-in offline map. An online basemap sends requests to its server.',
  basemapApply: 'Use this basemap',
  basemapOffline: 'Use the offline map',
  basemapFailed: (why: string) => `The online basemap failed to load (${why}); back to the offline map.`,
  basemapAsk: (host: string) => `This link shows an online basemap from ${host}. Loading it sends requests to that server.`,
  basemapLoad: 'Load it',
  basemapKeepOffline: 'Keep the offline map',

  badLink: (why: string) => `This link could not be opened as it is (${why}), so the default view is shown.`,
  dismiss: 'Dismiss',
};
