import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FillLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { archiveStyle } from './archive-style.ts';
import { BASEMAP_COLOURS } from './basemap-style.ts';

const PROTOMAPS = ['earth', 'landuse', 'water', 'roads', 'boundaries', 'places'];
const fillOf = (style: ReturnType<typeof archiveStyle>, id: string) => (style.layers.find((layer) => layer.id === id) as FillLayerSpecification).paint!['fill-color'];

describe('archiveStyle', () => {
  it('draws every layer of a vector archive, in a style MapLibre accepts', () => {
    const style = archiveStyle('pmtiles://https://tiles.example.org/world.pmtiles', { kind: 'vector', layers: PROTOMAPS, attribution: '© OpenStreetMap' });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources.archive).toEqual({ type: 'vector', url: 'pmtiles://https://tiles.example.org/world.pmtiles', attribution: '© OpenStreetMap' });
    expect(new Set(style.layers.flatMap((layer) => ('source-layer' in layer ? [layer['source-layer']] : [])))).toEqual(new Set(PROTOMAPS));
  });

  it('reads an http(s) URL of a .pmtiles file through the PMTiles protocol', () => {
    const style = archiveStyle('https://tiles.example.org/world.pmtiles', { kind: 'vector', layers: ['water'] });
    expect(style.sources.archive).toEqual({ type: 'vector', url: 'pmtiles://https://tiles.example.org/world.pmtiles' });
  });

  it('puts areas under lines under labels, whatever the archive order', () => {
    const kinds = archiveStyle('pmtiles://https://x.org/a.pmtiles', { kind: 'vector', layers: ['places', 'roads', 'water'] }).layers.map((layer) => layer.type);
    expect(kinds).toEqual(['background', 'fill', 'fill', 'fill', 'line', 'line', 'line', 'symbol', 'symbol', 'symbol']);
  });

  it('colours a layer by what its name says it holds, in either common schema', () => {
    const protomaps = archiveStyle('pmtiles://https://x.org/a.pmtiles', { kind: 'vector', layers: PROTOMAPS });
    expect(fillOf(protomaps, 'water-area')).toBe(BASEMAP_COLOURS.sea);
    expect(fillOf(protomaps, 'earth-area')).toBe(BASEMAP_COLOURS.land);
    const openMapTiles = archiveStyle('pmtiles://https://x.org/b.pmtiles', { kind: 'vector', layers: ['water', 'waterway', 'landcover', 'transportation'] });
    expect(fillOf(openMapTiles, 'waterway-area')).toBe(BASEMAP_COLOURS.sea);
    expect(fillOf(openMapTiles, 'landcover-area')).not.toBe(fillOf(openMapTiles, 'transportation-area'));
  });

  it('shows a raster archive as its images', () => {
    const style = archiveStyle('pmtiles://http://localhost:8080/satellite.pmtiles', { kind: 'raster', layers: [] });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources.archive).toEqual({ type: 'raster', url: 'pmtiles://http://localhost:8080/satellite.pmtiles', tileSize: 256 });
    expect(style.layers.map((layer) => layer.type)).toEqual(['background', 'raster']);
  });
});
