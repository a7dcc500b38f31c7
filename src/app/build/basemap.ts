import { area, centroid, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Gazetteer } from '../../geoparse/types.ts';
import { STATIC_FILES } from '../map/static-files.ts';
import type { FileMaker } from './static-files-plugin.ts';

/** Natural Earth 50m is drawn at about 1/50,000,000: three decimals (~100 m) lose nothing. */
function roundCoordinates(json: unknown): string {
  return JSON.stringify(json, (key, value: unknown) => (typeof value === 'number' && key !== 'rank' && key !== 'population' ? Math.round(value * 1000) / 1000 : value));
}

/** A label point inside the country's largest polygon, so France's label is not in the Atlantic. */
function labelPoint(country: Feature<Polygon | MultiPolygon>): Position {
  const polygons: Position[][][] = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const largest = polygons
    .map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates } }))
    .reduce((a, b) => (area(a) >= area(b) ? a : b));
  const center = centroid(largest);
  return booleanPointInPolygon(center, largest) ? center.geometry.coordinates : pointOnFeature(largest).geometry.coordinates;
}

interface CountryProps {
  name: string;
}

/** Cities labelled on the basemap: capitals and cities of a million. */
const MIN_CITY_POPULATION = 1_000_000;

export function basemapFiles(readJson: (path: string) => Promise<unknown>, gazetteer: () => Promise<Gazetteer>): FileMaker {
  return async () => {
    const countries = (await readJson('world-atlas/countries-50m.json')) as Topology<{ countries: GeometryCollection<CountryProps> }>;
    const land = (await readJson('world-atlas/land-50m.json')) as Topology<{ land: GeometryCollection }>;
    const countryShapes = feature(countries, countries.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
    const countryLabels: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: countryShapes.features
        .filter((c) => c.geometry)
        .map((c) => ({
          type: 'Feature',
          properties: { name: c.properties.name, rank: Math.round(Math.log10(area(c) + 1) * 10) / 10 },
          geometry: { type: 'Point', coordinates: labelPoint(c) },
        })),
    };
    const cityLabels: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: (await gazetteer()).features
        .filter((f) => f.properties.type === 'city' && (f.properties.capital || f.properties.population >= MIN_CITY_POPULATION))
        .map((f) => ({
          type: 'Feature',
          properties: { name: f.properties.name, population: f.properties.population, capital: f.properties.capital ? 1 : 0 },
          geometry: f.geometry,
        })),
    };
    return {
      [STATIC_FILES.land]: roundCoordinates(feature(land, land.objects.land)),
      [STATIC_FILES.borders]: roundCoordinates(mesh(countries, countries.objects.countries, (a, b) => a !== b)),
      [STATIC_FILES.countryLabels]: roundCoordinates(countryLabels),
      [STATIC_FILES.cityLabels]: roundCoordinates(cityLabels),
    };
  };
}
