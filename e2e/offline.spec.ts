import { expect, test } from '@playwright/test';
import { openExplorer, renderedPoints } from './helpers.ts';

test('the explorer makes no request beyond its own server', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openExplorer(page);
  // use it: open a popup, the reader, zoom out to the world and back in
  await page.getByTestId('place-list').getByRole('button', { name: /^Mosul/ }).click();
  await page.getByTestId('place-popup').getByRole('button', { name: 'Read the article' }).first().click();
  await page.evaluate(() => window.__map!.jumpTo({ center: [20, 20], zoom: 1 }));
  await renderedPoints(page);
  await page.evaluate(() => window.__map!.jumpTo({ center: [43.1, 36.3], zoom: 12 }));
  await renderedPoints(page);

  const origin = new URL(baseURL!).origin;
  const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(requests.length).toBeGreaterThan(5);
  expect(outside).toEqual([]);
  // the seeds come geoparsed: neither the gazetteer nor the geoparser is loaded to show them
  expect(requests.filter((url) => /gazetteer|geoparse/.test(url))).toEqual([]);
});

test('the main view: Iraq and Syria with the articles, layers, filters and places', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByTestId('legend').locator('li')).toHaveCount(5);
  await expect(page.getByTestId('place-list').locator('li').first()).toBeVisible();
  const points = await renderedPoints(page);
  // framed on the region the articles are about
  expect(points.some((p) => p.lon > 35 && p.lon < 48 && p.lat > 29 && p.lat < 38)).toBe(true);
  await page.screenshot({ path: 'e2e/artifacts/main-view.png' });
});
