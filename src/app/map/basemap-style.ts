import type { StyleSpecification } from 'maplibre-gl';
import { FONT, fontFaces } from './fonts.ts';
import { BASEMAP_LAYERS, BASEMAP_MAX_ZOOM, staticFileUrl, STATIC_FILES } from './static-files.ts';

/** The basemap's colours, shared with the style drawn for a PMTiles archive (archive-style.ts). */
export const BASEMAP_COLOURS = { sea: '#dce9f2', land: '#f7f5f0', coast: '#9fb7c8', border: '#a39e93', label: '#57534e', halo: 'rgba(255,255,255,0.9)' } as const;
const { sea: SEA, land: LAND, coast: COAST, border: BORDER, label: LABEL, halo: HALO } = BASEMAP_COLOURS;

/**
 * The offline basemap: Natural Earth land, borders and country names, and the gazetteer's large
 * cities, from vector tiles the build cuts (build/basemap.ts). No `glyphs`: labels are drawn with the bundled fonts.
 */
export function offlineBasemap(): StyleSpecification {
  return {
    version: 8,
    name: 'Offline (Natural Earth)',
    'font-faces': fontFaces(),
    sources: {
      basemap: {
        type: 'vector',
        tiles: [`${staticFileUrl(STATIC_FILES.basemapDir)}/{z}/{x}/{y}.pbf`],
        maxzoom: BASEMAP_MAX_ZOOM,
        attribution: 'Natural Earth',
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'land', type: 'fill', source: 'basemap', 'source-layer': BASEMAP_LAYERS.land, paint: { 'fill-color': LAND } },
      { id: 'coastline', type: 'line', source: 'basemap', 'source-layer': BASEMAP_LAYERS.land, paint: { 'line-color': COAST, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 8, 1.2] } },
      {
        id: 'borders',
        type: 'line',
        source: 'basemap',
        'source-layer': BASEMAP_LAYERS.borders,
        paint: { 'line-color': BORDER, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.5] },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'basemap',
        'source-layer': BASEMAP_LAYERS.cityLabels,
        minzoom: 4,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 10, 13],
          'symbol-sort-key': ['-', 0, ['get', 'population']],
          'text-padding': 4,
        },
        paint: { 'text-color': LABEL, 'text-halo-color': HALO, 'text-halo-width': 1.2 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'basemap',
        'source-layer': BASEMAP_LAYERS.countryLabels,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['*', 0.9, ['get', 'rank']], 6, ['*', 1.4, ['get', 'rank']]],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 7,
          'symbol-sort-key': ['-', 0, ['get', 'rank']],
        },
        paint: { 'text-color': '#78716c', 'text-halo-color': HALO, 'text-halo-width': 1.5 },
      },
    ],
  };
}
