import { expect, test, type Page } from '@playwright/test';
import type { Feature, FeatureCollection } from 'geojson';
import { worldArchive } from './fixtures/pmtiles-archive.ts';
import { openExplorer, renderedPoints } from './helpers.ts';

const feature = (geometry: Feature['geometry'], properties: Record<string, string> = {}): FeatureCollection => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] });
const box = (west: number, south: number, east: number, north: number): Feature['geometry'] => ({ type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] });

// Protomaps' layer names: land, a sea over the Persian Gulf, a labelled town in the Syrian desert
const ARCHIVE = worldArchive({
  earth: feature(box(-179, -80, 179, 80)),
  water: feature(box(47, 24, 56, 30)),
  places: feature({ type: 'Point', coordinates: [38.5, 33.5] }, { name: 'Archivetown' }),
});

/** Serves bytes at a URL of the page's own server the way a static host does: HTTP range requests. */
async function serveRanges(page: Page, path: string, bytes: Uint8Array): Promise<void> {
  await page.route(`**${path}`, (route) => {
    const [, from, to] = /bytes=(\d+)-(\d+)/.exec(route.request().headers().range ?? '') ?? [];
    const start = Number(from ?? 0);
    const end = Math.min(Number(to ?? bytes.length - 1), bytes.length - 1);
    return route.fulfill({
      status: 206,
      headers: { 'Content-Type': 'application/vnd.pmtiles', 'Content-Range': `bytes ${start}-${end}/${bytes.length}`, 'Accept-Ranges': 'bytes' },
      body: Buffer.from(bytes.subarray(start, end + 1)),
    });
  });
}

/** Waits for the map to draw the archive's style with the explorer's points on it. */
async function waitForArchiveMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__map;
    return !!map?.getSource('archive') && !!map.getSource('mentions') && map.loaded() && map.isSourceLoaded('archive') && map.isSourceLoaded('mentions');
  }, undefined, { timeout: 45_000 });
}

test('a PMTiles archive named in a link is the basemap once the user agrees', async ({ page, baseURL }) => {
  await serveRanges(page, '/tiles/world.pmtiles', ARCHIVE);
  await openExplorer(page, `#style=${encodeURIComponent(`pmtiles://${baseURL}/tiles/world.pmtiles`)}`);
  const pointsBefore = await renderedPoints(page);
  // the consent names the server the archive is on, not "pmtiles"
  await expect(page.getByRole('alertdialog')).toContainText(`from ${new URL(baseURL!).host}.`);
  await page.getByRole('button', { name: 'Load it' }).click();
  await waitForArchiveMap(page);

  const drawn = await page.evaluate(() => {
    const map = window.__map!;
    const layersAt = (lon: number, lat: number) => map.queryRenderedFeatures(map.project([lon, lat])).map((f) => f.layer.id);
    return {
      gulf: layersAt(51, 27),
      desert: layersAt(42, 31),
      labels: map.queryRenderedFeatures({ layers: ['places-label'] }).map((f) => f.properties.name as string),
      offline: !!map.getSource('basemap'),
    };
  });
  expect(drawn.gulf).toContain('water-area');
  expect(drawn.desert).toContain('earth-area');
  expect(drawn.desert).not.toContain('water-area');
  expect(drawn.labels).toEqual(['Archivetown']);
  expect(drawn.offline).toBe(false);
  // the articles' places are drawn on it as on the offline map
  const byPlace = (points: Awaited<ReturnType<typeof renderedPoints>>) => points.map((p) => `${p.name ?? 'cluster'} ${p.count} ${p.lon.toFixed(4)},${p.lat.toFixed(4)}`).sort();
  expect(pointsBefore.length).toBeGreaterThan(0);
  expect(byPlace(await renderedPoints(page))).toEqual(byPlace(pointsBefore));
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Test archive');
});

test('a file that is no PMTiles archive leaves the offline map and says why', async ({ page, baseURL }) => {
  await serveRanges(page, '/tiles/notes.pmtiles', new TextEncoder().encode('not an archive, only some text'.repeat(10)));
  await openExplorer(page);
  await page.getByText('Basemap', { exact: true }).click();
  await page.getByTestId('basemap-url').fill(`${baseURL}/tiles/notes.pmtiles`);
  await page.getByRole('button', { name: 'Use this basemap' }).click();
  await expect(page.getByText(/The online basemap failed to load \(.*magic number.*\); back to the offline map\./)).toBeVisible();
  await page.waitForFunction(() => !!window.__map?.getSource('basemap') && !!window.__map.getSource('mentions'));
  expect((await renderedPoints(page)).length).toBeGreaterThan(0);
});
