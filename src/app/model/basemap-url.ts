/**
 * Basemap URLs: a MapLibre style (`https://…/style.json`) or a PMTiles archive, written
 * `pmtiles://https://…/world.pmtiles` as MapLibre's PMTiles protocol has it, or simply the
 * http(s) URL of a `.pmtiles` file.
 */
const ARCHIVE_PROTOCOL = 'pmtiles://';

export const isArchiveUrl = (url: string): boolean => url.startsWith(ARCHIVE_PROTOCOL) || /\.pmtiles$/i.test(new URL(url).pathname);

/** The http(s) address of what a basemap URL names: the archive behind `pmtiles://`, else the URL. */
export const basemapAddress = (url: string): string => (url.startsWith(ARCHIVE_PROTOCOL) ? url.slice(ARCHIVE_PROTOCOL.length) : url);

/** The URL MapLibre's PMTiles protocol reads an archive from. */
export const archiveSourceUrl = (url: string): string => `${ARCHIVE_PROTOCOL}${basemapAddress(url)}`;

/** The server a basemap URL calls, to name when asking the user's consent. */
export const basemapHost = (url: string): string => new URL(basemapAddress(url)).host;
