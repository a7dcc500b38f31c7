import { expression, type GlobalProperties } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { MIXED_ARTICLE, type PointProperties } from '../model/points.ts';
import { emptyCollection, FOOTPRINT, LAYER, mentionLayers, mentionSources } from './mention-layers.ts';

const compile = (spec: unknown) => {
  const parsed = expression.createExpression(spec, 'test');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value;
};

/** The properties MapLibre gives a cluster of these points, evaluated as its worker does: map each point, then reduce. */
function clusterOf(points: Array<Partial<PointProperties>>): Record<string, GlobalProperties['accumulated']> {
  const spec = mentionSources({ type: 'FeatureCollection', features: [] }, emptyCollection(), emptyCollection()).mentions!.clusterProperties as Record<string, [unknown, unknown]>;
  const globals: { zoom: number; accumulated: GlobalProperties['accumulated'] } = { zoom: 0, accumulated: null };
  const map = (p: object) => Object.fromEntries(Object.entries(spec).map(([key, [, mapper]]) => [key, compile(mapper).evaluate(globals, { properties: p } as never)]));
  const reducers = Object.entries(spec).map(([key, [operator]]) => [key, compile(typeof operator === 'string' ? [operator, ['accumulated'], ['get', key]] : operator)] as const);
  return points.map(map).reduce((acc, next) => {
    for (const [key, reducer] of reducers) {
      globals.accumulated = acc[key];
      acc[key] = reducer.evaluate(globals, { properties: next } as never);
    }
    return acc;
  });
}

describe('cluster properties', () => {
  it('sum the mentions, keep one article and say whether all are related-links mentions', () => {
    expect(clusterOf([{ n: 2, a: 3, related: 1 }, { n: 5, a: 3, related: 1 }, { n: 1, a: 3, related: 1 }])).toEqual({ n: 8, a: 3, related: 1 });
  });
  it('mark a cluster of several articles mixed, and drawn filled when one mention is in a body', () => {
    expect(clusterOf([{ n: 1, a: 3, related: 1 }, { n: 1, a: 4, related: 0 }, { n: 1, a: 3, related: 1 }])).toEqual({ n: 3, a: MIXED_ARTICLE, related: 0 });
    expect(clusterOf([{ n: 1, a: MIXED_ARTICLE, related: 0 }, { n: 1, a: 2, related: 0 }])).toMatchObject({ a: MIXED_ARTICLE });
  });
});

describe('footprints', () => {
  const layers = mentionLayers();
  const layer = (id: string) => layers.find(l => l.id === id) as { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
  const at = (spec: unknown, properties: object) => compile(spec).evaluate({ zoom: 5 }, { properties } as never) as number;
  const point = { n: 9 };
  const cluster = { n: 40, point_count: 6 };

  it('cover each point and cluster exactly, and are placed before the labels', () => {
    for (const feature of [point, cluster]) {
      const radius = at(layer(LAYER.points).paint!['circle-radius'], feature);
      expect(at(layer(LAYER.footprints).layout!['icon-size'], feature) * FOOTPRINT.size).toBeCloseTo(2 * radius);
    }
    // placed, never drawn
    expect(layer(LAYER.footprints).paint!['icon-opacity']).toBe(0);
    // MapLibre places the symbols of the top layer first
    expect(layers.findIndex(l => l.id === LAYER.footprints)).toBeGreaterThan(layers.findIndex(l => l.id === LAYER.labels));
  });
  it("leave a point's label clear of its own footprint", () => {
    const labels = layer(LAYER.labels).layout!;
    const radius = at(layer(LAYER.points).paint!['circle-radius'], point);
    expect(at(labels['text-radial-offset'], point) * (labels['text-size'] as number)).toBeGreaterThan(radius);
  });
});
