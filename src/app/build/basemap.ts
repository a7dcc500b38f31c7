import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { area, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, GeoJSON, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Gazetteer } from '../../geoparse/types.ts';
import { BASEMAP_LAYERS, BASEMAP_MAX_ZOOM, basemapTilePath } from '../map/static-files.ts';
import type { FileMaker } from './static-files-plugin.ts';

interface CountryProps {
  name: string;
}

/** Cities labelled on the basemap: capitals and cities of a million. */
const MIN_CITY_POPULATION = 1_000_000;

/** A label point inside the country's largest polygon, so France's label is not in the Atlantic. */
function labelPoint(country: Feature<Polygon | MultiPolygon>): Position {
  const polygons: Position[][][] = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const largest = polygons
    .map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates } }))
    .reduce((a, b) => (area(a) >= area(b) ? a : b));
  const center = centroid(largest);
  return booleanPointInPolygon(center, largest) ? center.geometry.coordinates : pointOnFeature(largest).geometry.coordinates;
}

function countryLabels(countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: countries.features
      .filter((c) => c.geometry)
      .map((c) => ({
        type: 'Feature',
        // rank: the log of the area, for label size and priority
        properties: { name: c.properties.name, rank: Math.round(Math.log10(area(c) + 1) * 10) / 10 },
        geometry: { type: 'Point', coordinates: labelPoint(c) },
      })),
  };
}

function cityLabels(gazetteer: Gazetteer): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: gazetteer.features
      .filter((f) => f.properties.type === 'city' && (f.properties.capital || f.properties.population >= MIN_CITY_POPULATION))
      .map((f) => ({ type: 'Feature', properties: { name: f.properties.name, population: f.properties.population }, geometry: f.geometry })),
  };
}

/**
 * The offline basemap as vector tiles, cut at build time: Natural Earth 50m land and borders,
 * country names, and the gazetteer's large cities. The page then decodes a few small tiles
 * instead of tiling a megabyte of GeoJSON in the map's worker before the first frame. Zoom 0–5
 * is all that 1:50m data holds; the map overzooms beyond.
 */
export function basemapFiles(readJson: (module: string) => Promise<unknown>, gazetteer: () => Promise<Gazetteer>): FileMaker {
  return async () => {
    const countries = (await readJson('world-atlas/countries-50m.json')) as Topology<{ countries: GeometryCollection<CountryProps> }>;
    const land = (await readJson('world-atlas/land-50m.json')) as Topology<{ land: GeometryCollection }>;
    const countryShapes = feature(countries, countries.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
    const layers: Record<(typeof BASEMAP_LAYERS)[keyof typeof BASEMAP_LAYERS], GeoJSON> = {
      [BASEMAP_LAYERS.land]: feature(land, land.objects.land),
      [BASEMAP_LAYERS.borders]: mesh(countries, countries.objects.countries, (a, b) => a !== b),
      [BASEMAP_LAYERS.countryLabels]: countryLabels(countryShapes),
      [BASEMAP_LAYERS.cityLabels]: cityLabels(await gazetteer()),
    };
    const indexes = Object.entries(layers).map(
      ([name, data]) => [name, new GeoJSONVT(data, { maxZoom: BASEMAP_MAX_ZOOM, indexMaxZoom: BASEMAP_MAX_ZOOM, indexMaxPoints: 0, tolerance: 3, buffer: 64 })] as const,
    );
    const files: Record<string, Uint8Array> = {};
    for (let z = 0; z <= BASEMAP_MAX_ZOOM; z++) {
      for (let x = 0; x < 2 ** z; x++) {
        for (let y = 0; y < 2 ** z; y++) {
          const tile = Object.fromEntries(indexes.flatMap(([name, index]) => {
            const layer = index.getTile(z, x, y);
            return layer ? [[name, layer]] : [];
          }));
          // every tile exists, the empty ocean ones too: a missing one would be a failed request
          files[basemapTilePath(z, x, y)] = fromGeojsonVt(tile, { version: 2, extent: 4096 });
        }
      }
    }
    return files;
  };
}
