import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * MapLibre 6 is ESM-only and has the bundler hand it its worker's URL. Starting the worker at
 * page load lets it boot while the articles download, instead of after the map is created.
 */
export function startMapWorkers(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}
