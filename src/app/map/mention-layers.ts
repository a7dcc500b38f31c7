import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { MentionPoints } from '../model/points.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import { articleColourExpression, INK, MIXED } from './palette.ts';

/**
 * The explorer's own sources and layers, laid over whichever basemap is showing:
 *   mentions → (filters) → points per place/article/section → source "mentions", clustered
 *   → layers: clusters, cluster counts, body points, related points, place labels;
 *   hovered or selected place → source "highlight" → ring; area filter → source "area" → circle.
 */
export const SOURCE = { mentions: 'mentions', highlight: 'highlight', area: 'area' } as const;
export const LAYER = {
  areaFill: 'area-fill',
  areaLine: 'area-line',
  clusters: 'mention-clusters',
  clusterCounts: 'mention-cluster-counts',
  body: 'mention-points-body',
  related: 'mention-points-related',
  labels: 'mention-labels',
  highlight: 'mention-highlight',
} as const;
/** Layers a click or hover on the map can land on. */
export const INTERACTIVE_LAYERS = [LAYER.clusters, LAYER.body, LAYER.related];

/** Beyond this zoom nothing is clustered; the map stops short of it so one place's points stay together. */
export const CLUSTER_MAX_ZOOM = 16;
export const MAP_MAX_ZOOM = CLUSTER_MAX_ZOOM + 0.99;

export type HighlightData = FeatureCollection<Point>;
export type AreaData = FeatureCollection<Polygon>;

const isCluster: ExpressionSpecification = ['has', 'point_count'];
const singlePlace: ExpressionSpecification = ['==', ['get', 'pmin'], ['get', 'pmax']];
const singleArticle: ExpressionSpecification = ['==', ['get', 'amin'], ['get', 'amax']];
/** Sized by counted mentions, by area: a place named 9 times is 3 times as wide as one named once. */
const radius = (count: ExpressionSpecification): ExpressionSpecification => ['min', 30, ['+', 4, ['*', 3, ['sqrt', ['max', count, 1]]]]];

export const emptyCollection = <G extends Point | Polygon>(): FeatureCollection<G> => ({ type: 'FeatureCollection', features: [] });

export function mentionSources(points: MentionPoints, highlight: HighlightData, area: AreaData): Record<string, GeoJSONSourceSpecification> {
  return {
    [SOURCE.mentions]: {
      type: 'geojson',
      data: points,
      cluster: true,
      clusterRadius: 28,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      // What a cluster holds, so it can be drawn as one place or one article when it is one.
      clusterProperties: {
        n: ['+', ['get', 'n']],
        amin: ['min', ['get', 'a']],
        amax: ['max', ['get', 'a']],
        pmin: ['min', ['get', 'p']],
        pmax: ['max', ['get', 'p']],
        body: ['max', ['-', 1, ['get', 'related']]],
        name: [['case', ['==', ['accumulated'], ['get', 'name']], ['accumulated'], ''], ['get', 'name']],
      },
    },
    [SOURCE.highlight]: { type: 'geojson', data: highlight },
    [SOURCE.area]: { type: 'geojson', data: area },
  };
}

export function mentionLayers(): LayerSpecification[] {
  const clusterColour: ExpressionSpecification = ['case', singleArticle, articleColourExpression(['get', 'amin']), MIXED];
  return [
    { id: LAYER.areaFill, type: 'fill', source: SOURCE.area, paint: { 'fill-color': '#2563eb', 'fill-opacity': 0.06 } },
    { id: LAYER.areaLine, type: 'line', source: SOURCE.area, paint: { 'line-color': '#2563eb', 'line-width': 1.5, 'line-dasharray': [2, 2] } },
    {
      id: LAYER.clusters,
      type: 'circle',
      source: SOURCE.mentions,
      filter: isCluster,
      paint: {
        'circle-radius': ['+', 3, radius(['get', 'n'])],
        'circle-color': clusterColour,
        'circle-opacity': ['case', ['==', ['get', 'body'], 1], 0.85, 0],
        'circle-stroke-color': ['case', ['==', ['get', 'body'], 1], '#ffffff', clusterColour],
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER.clusterCounts,
      type: 'symbol',
      source: SOURCE.mentions,
      filter: isCluster,
      layout: { 'text-field': ['to-string', ['get', 'n']], 'text-font': [FONT_BOLD], 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': ['case', ['==', ['get', 'body'], 1], '#ffffff', INK] },
    },
    {
      id: LAYER.body,
      type: 'circle',
      source: SOURCE.mentions,
      filter: ['all', ['!', isCluster], ['==', ['get', 'related'], 0]],
      paint: {
        'circle-radius': radius(['get', 'n']),
        'circle-color': articleColourExpression(['get', 'a']),
        'circle-opacity': 0.85,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      // Related-links mentions are hollow: the article points at the place without being about it.
      id: LAYER.related,
      type: 'circle',
      source: SOURCE.mentions,
      filter: ['all', ['!', isCluster], ['==', ['get', 'related'], 1]],
      paint: {
        'circle-radius': radius(['get', 'n']),
        'circle-color': '#ffffff',
        'circle-opacity': 0.6,
        'circle-stroke-color': articleColourExpression(['get', 'a']),
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: LAYER.labels,
      type: 'symbol',
      source: SOURCE.mentions,
      filter: ['any', ['!', isCluster], singlePlace],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 12.5,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto',
        'symbol-sort-key': ['-', 0, ['get', 'n']],
      },
      paint: { 'text-color': INK, 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.6 },
    },
    {
      id: LAYER.highlight,
      type: 'circle',
      source: SOURCE.highlight,
      paint: { 'circle-radius': 18, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#f59e0b', 'circle-stroke-width': 3 },
    },
  ];
}
