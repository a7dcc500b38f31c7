/** Files the build computes and the page fetches (see build/static-files-plugin.ts). */
export const STATIC_FILES = { seeds: 'data/seeds.json', basemapDir: 'basemap', gazetteer: 'data/gazetteer.index.bin' } as const;

/** The offline basemap's vector tiles: their zoom range and the layers they hold. */
export const BASEMAP_MAX_ZOOM = 5;
export const BASEMAP_LAYERS = { land: 'land', borders: 'borders', countryLabels: 'country_labels', cityLabels: 'city_labels' } as const;

export const basemapTilePath = (z: number, x: number, y: number) => `${STATIC_FILES.basemapDir}/${z}/${x}/${y}.pbf`;

/** An absolute URL: the map's worker resolves relative ones against its own script, not the page. */
export function staticFileUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;
}
