import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { archiveSourceUrl } from '../model/basemap-url.ts';
import { BASEMAP_COLOURS } from './basemap-style.ts';
import { FONT } from './fonts.ts';

/**
 * A PMTiles archive given as the basemap is tiles without a style: the explorer draws it with a
 * style of its own, made from what the archive says of itself (archive-basemap.ts reads that).
 */
export interface ArchiveInfo {
  kind: 'vector' | 'raster';
  /** Layer names of a vector archive, in the archive's order. */
  layers: string[];
  attribution?: string;
}

interface Look {
  fill: string;
  line: string;
}

// Layer names differ between schemas (Protomaps: earth, water, roads; OpenMapTiles: water,
// transportation, boundary), so a layer is drawn by what its name says it holds.
const LOOKS: Array<[RegExp, Look]> = [
  [/water|ocean|sea|lake|river|marine/i, { fill: BASEMAP_COLOURS.sea, line: BASEMAP_COLOURS.coast }],
  [/bound|border|admin/i, { fill: 'rgba(0,0,0,0)', line: BASEMAP_COLOURS.border }],
  [/road|street|transport|highway|rail|transit|aero/i, { fill: '#ece9e4', line: '#d4cfc7' }],
  [/park|green|wood|forest|landcover|natural|grass/i, { fill: '#e4ecdc', line: '#cfdcc2' }],
  [/building/i, { fill: '#e7e2da', line: '#dcd6cc' }],
  [/earth|land$|^land|countr/i, { fill: BASEMAP_COLOURS.land, line: BASEMAP_COLOURS.coast }],
];
const PLAIN: Look = { fill: '#efece6', line: '#d8d3ca' };

const lookOf = (layer: string): Look => LOOKS.find(([pattern]) => pattern.test(layer))?.[1] ?? PLAIN;

const SOURCE = 'archive';

/**
 * The style for an archive at `url`: a raster archive as its images; a vector one with each
 * layer's areas filled, its lines stroked and its named points labelled, areas under lines under
 * labels. Labels use the bundled font (the map is given its faces), so the style needs no glyphs.
 */
export function archiveStyle(url: string, archive: ArchiveInfo): StyleSpecification {
  const source = archiveSourceUrl(url);
  const attribution = archive.attribution ? { attribution: archive.attribution } : {};
  if (archive.kind === 'raster') {
    return {
      version: 8,
      name: 'PMTiles (raster)',
      sources: { [SOURCE]: { type: 'raster', url: source, tileSize: 256, ...attribution } },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.land } },
        { id: 'archive', type: 'raster', source: SOURCE },
      ],
    };
  }
  const areas: LayerSpecification[] = [];
  const lines: LayerSpecification[] = [];
  const labels: LayerSpecification[] = [];
  for (const layer of archive.layers) {
    const look = lookOf(layer);
    const from = { source: SOURCE, 'source-layer': layer };
    areas.push({ id: `${layer}-area`, type: 'fill', ...from, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': look.fill } });
    lines.push({ id: `${layer}-line`, type: 'line', ...from, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': look.line, 'line-width': 1 } });
    labels.push({
      id: `${layer}-label`,
      type: 'symbol',
      ...from,
      filter: ['all', ['==', ['geometry-type'], 'Point'], ['has', 'name']],
      layout: { 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 11, 'text-padding': 4 },
      paint: { 'text-color': BASEMAP_COLOURS.label, 'text-halo-color': BASEMAP_COLOURS.halo, 'text-halo-width': 1.2 },
    });
  }
  return {
    version: 8,
    name: 'PMTiles (vector)',
    sources: { [SOURCE]: { type: 'vector', url: source, ...attribution } },
    // Land underneath: both common schemas fill their seas as water, and OpenMapTiles has no land layer.
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.land } }, ...areas, ...lines, ...labels],
  };
}
