import { expect, type Page } from '@playwright/test';
import type { Map as MapLibre } from 'maplibre-gl';

declare global {
  interface Window {
    __map?: MapLibre;
  }
}

/** Waits until the map has drawn the explorer's points and has nothing left to load. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__map;
    return !!map && map.loaded() && !!map.getSource('mentions') && map.isSourceLoaded('mentions') && !map.isMoving();
  }, undefined, { timeout: 45_000 });
}

/** Opens the explorer at a hash and waits for the map. */
export async function openExplorer(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await waitForMap(page);
}

export interface Rendered {
  /** Null for a cluster. */
  name: string | null;
  /** Place index; null for a cluster. */
  place: number | null;
  cluster: boolean;
  count: number;
  lon: number;
  lat: number;
}

/** The explorer's points and clusters the map has drawn, read back from the renderer. */
export async function renderedPoints(page: Page): Promise<Rendered[]> {
  await waitForMap(page);
  return page.evaluate(() => {
    const map = window.__map!;
    const layers = ['mention-points'];
    return map.queryRenderedFeatures({ layers }).map((f) => {
      const p = f.properties;
      const cluster = 'point_count' in p;
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      return {
        name: cluster ? null : (p.name as string),
        place: cluster ? null : (p.p as number),
        cluster,
        count: p.n as number,
        lon,
        lat,
      };
    });
  });
}

export async function jumpTo(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(([lon, lat, zoom]) => window.__map!.jumpTo({ center: [lon!, lat!], zoom }), [lon, lat, zoom]);
  await waitForMap(page);
}

export async function expectNoNotice(page: Page): Promise<void> {
  await expect(page.getByTestId('notice')).toHaveCount(0);
}

/** Pastes an article through the dialog and waits until its entry is in the legend. */
export async function pasteArticle(page: Page, title: string, text: string): Promise<void> {
  await page.getByTestId('paste-article').click();
  await page.getByTestId('paste-title').fill(title);
  await page.getByTestId('paste-text').fill(text);
  await page.getByTestId('paste-submit').click();
  await expect(page.getByTestId('legend')).toContainText(title, { timeout: 60_000 });
  await expect(page.getByTestId('add-progress')).toBeEmpty({ timeout: 60_000 });
}

/** The names of the explorer's points drawn around a place, after framing it. */
export async function namesDrawnAround(page: Page, lon: number, lat: number, zoom: number): Promise<string[]> {
  await jumpTo(page, lon, lat, zoom);
  return (await renderedPoints(page)).flatMap((p) => (p.name === null ? [] : [p.name]));
}
