import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { MIXED_ARTICLE, type MentionPoints } from '../model/points.ts';
import { FONT } from './fonts.ts';
import { articleColourExpression, INK, MIXED } from './palette.ts';

/**
 * The explorer's own sources and layers, laid over whichever basemap is showing:
 *   mentions → (filters) → one point per place → source "mentions", clustered
 *   → layers: points and clusters (one circle layer), cluster counts, place labels;
 *   hovered or selected place → source "highlight" → ring; area filter → source "area" → circle.
 */
export const SOURCE = { mentions: 'mentions', highlight: 'highlight', area: 'area' } as const;
export const LAYER = {
  areaFill: 'area-fill',
  areaLine: 'area-line',
  points: 'mention-points',
  clusterCounts: 'mention-cluster-counts',
  labels: 'mention-labels',
  footprints: 'mention-footprints',
  highlight: 'mention-highlight',
} as const;
/** Layers a click or hover on the map can land on. */
export const INTERACTIVE_LAYERS = [LAYER.points];

/** Places a few hundred metres apart (city districts) are apart on screen beyond this zoom. */
export const CLUSTER_MAX_ZOOM = 12;
export const MAP_MAX_ZOOM = 17;

export type HighlightData = FeatureCollection<Point>;
export type AreaData = FeatureCollection<Polygon>;

const isCluster: ExpressionSpecification = ['has', 'point_count'];
/** An article index; -1 for a place in several articles. */
const articleColour = (index: ExpressionSpecification): ExpressionSpecification => ['case', ['>=', index, 0], articleColourExpression(index), MIXED];
/** Sized by counted mentions, by area: a place named 9 times is 3 times as wide as one named once. */
const radius = (count: ExpressionSpecification): ExpressionSpecification => ['min', 30, ['+', 4, ['*', 3, ['sqrt', ['max', count, 1]]]]];

/**
 * An invisible square as wide as a point's circle: symbol layers reserve space for icons, not for
 * circles, and without one a label ("Tal Afar") may be laid across another place's point.
 */
export const FOOTPRINT = { id: 'mention-footprint', size: 64 } as const;
export const footprintImage = () => ({ width: FOOTPRINT.size, height: FOOTPRINT.size, data: new Uint8Array(FOOTPRINT.size * FOOTPRINT.size * 4) });

export const emptyCollection = <G extends Point | Polygon>(): FeatureCollection<G> => ({ type: 'FeatureCollection', features: [] });

export function mentionSources(points: MentionPoints, highlight: HighlightData, area: AreaData): Record<string, GeoJSONSourceSpecification> {
  return {
    [SOURCE.mentions]: {
      type: 'geojson',
      data: points,
      cluster: true,
      clusterRadius: 28,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      // A cluster carries its points' properties, so one expression draws both: its mentions, its
      // article (MIXED_ARTICLE unless all are from one) and whether all are related-links ones.
      // Each property is evaluated per point and zoom level when the source is indexed, which
      // every filter change does: three, not four.
      clusterProperties: {
        n: ['+', ['get', 'n']],
        a: [['case', ['==', ['accumulated'], ['get', 'a']], ['accumulated'], MIXED_ARTICLE], ['get', 'a']],
        related: ['min', ['get', 'related']],
      },
    },
    [SOURCE.highlight]: { type: 'geojson', data: highlight },
    [SOURCE.area]: { type: 'geojson', data: area },
  };
}

export function mentionLayers(): LayerSpecification[] {
  const count: ExpressionSpecification = ['get', 'n'];
  // Clusters and points share one circle layer, and all labels constant paint, so the map
  // compiles one shader program for each: compiling is most of a first frame in software GL.
  const related: ExpressionSpecification = ['==', ['get', 'related'], 1];
  const colour = articleColour(['get', 'a']);
  const circleRadius: ExpressionSpecification = ['case', isCluster, ['+', 3, radius(count)], radius(count)];
  const labelSize = 12.5;
  return [
    { id: LAYER.areaFill, type: 'fill', source: SOURCE.area, paint: { 'fill-color': '#2563eb', 'fill-opacity': 0.06 } },
    { id: LAYER.areaLine, type: 'line', source: SOURCE.area, paint: { 'line-color': '#2563eb', 'line-width': 1.5 } },
    {
      // Related-links mentions are hollow: the article points at the place without being about it.
      id: LAYER.points,
      type: 'circle',
      source: SOURCE.mentions,
      paint: {
        'circle-radius': circleRadius,
        'circle-color': ['case', related, '#ffffff', colour],
        'circle-opacity': ['case', related, 0.6, 0.85],
        'circle-stroke-color': ['case', related, colour, '#ffffff'],
        'circle-stroke-width': ['case', related, 2.5, 1.5],
      },
    },
    {
      id: LAYER.clusterCounts,
      type: 'symbol',
      source: SOURCE.mentions,
      filter: isCluster,
      layout: { 'text-field': ['to-string', count], 'text-font': [FONT], 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff', 'text-halo-color': INK, 'text-halo-width': 1.2 },
    },
    {
      id: LAYER.labels,
      type: 'symbol',
      source: SOURCE.mentions,
      filter: ['!', isCluster],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT],
        'text-size': labelSize,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        // clear of the point's own circle and footprint, in ems
        'text-radial-offset': ['+', 0.4, ['/', radius(count), labelSize]],
        'text-justify': 'auto',
        'symbol-sort-key': ['-', 0, count],
      },
      paint: { 'text-color': INK, 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.6 },
    },
    {
      // Above the labels, so placed before them: labels keep off every point and cluster.
      id: LAYER.footprints,
      type: 'symbol',
      source: SOURCE.mentions,
      layout: {
        'icon-image': FOOTPRINT.id,
        'icon-size': ['/', ['*', 2, circleRadius], FOOTPRINT.size],
        'icon-allow-overlap': true,
        'icon-padding': 0,
      },
      // placed but never drawn: MapLibre skips a symbol layer's icons at opacity 0, and no shader is compiled for them
      paint: { 'icon-opacity': 0 },
    },
    {
      id: LAYER.highlight,
      type: 'circle',
      source: SOURCE.highlight,
      paint: { 'circle-radius': 18, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#f59e0b', 'circle-stroke-width': 3 },
    },
  ];
}
