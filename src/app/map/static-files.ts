/** Files the build computes and the page fetches (see build/static-files-plugin.ts). */
export const STATIC_FILES = {
  seeds: 'data/seeds.json',
  land: 'basemap/land.geojson',
  borders: 'basemap/borders.geojson',
  countryLabels: 'basemap/country-labels.geojson',
  cityLabels: 'basemap/city-labels.geojson',
} as const;

/** An absolute URL: the map's worker resolves relative ones against its own script, not the page. */
export function staticFileUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;
}
