import type { Map as MapLibre } from 'maplibre-gl';

/**
 * MapLibre 6 draws a sky over the whole canvas on every frame, even for a style that has none (a
 * transparent one, which leaves nothing on screen). A GPU does that for free; without one, the
 * software renderer the browser falls back to spends about as long on it as on the map itself
 * (~100 ms a frame on a 850×850 canvas in headless Chromium). So the sky is drawn only when the
 * style asks for one: an online style with a sky still gets it.
 */
export function skipEmptySky(map: MapLibre): void {
  const functions = map.painter?.drawFunctions;
  const drawSky = functions?.sky;
  if (!functions || typeof drawSky !== 'function') return;
  functions.sky = (...args) => {
    if (map.getSky()) drawSky(...args);
  };
}
