import type { Map as MapLibre, SkySpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { skipEmptySky } from './skip-empty-sky.ts';

/** Just what skipEmptySky touches of a map: its style's sky and the painter's sky pass. */
function fakeMap(sky: SkySpecification | undefined) {
  const drawn: unknown[][] = [];
  const map = {
    sky,
    getSky: () => map.sky,
    painter: { drawFunctions: { sky: (...args: unknown[]) => void drawn.push(args) } },
  };
  return { map, drawn, asMap: map as unknown as MapLibre };
}

describe('skipEmptySky', () => {
  it('draws no sky for a style without one', () => {
    const { asMap, drawn } = fakeMap(undefined);
    skipEmptySky(asMap);
    asMap.painter.drawFunctions.sky(...([] as unknown as Parameters<MapLibre['painter']['drawFunctions']['sky']>));
    expect(drawn).toHaveLength(0);
  });

  it('draws the sky of a style that has one, with what the painter passed, and follows style changes', () => {
    const { map, asMap, drawn } = fakeMap(undefined);
    skipEmptySky(asMap);
    map.sky = { 'sky-color': '#88c' };
    const args = ['mesh', 'context'] as unknown as Parameters<MapLibre['painter']['drawFunctions']['sky']>;
    asMap.painter.drawFunctions.sky(...args);
    expect(drawn).toEqual([['mesh', 'context']]);
  });

  it('leaves a map without the painter it expects alone', () => {
    const map = { getSky: () => undefined } as unknown as MapLibre;
    expect(() => skipEmptySky(map)).not.toThrow();
  });
});
