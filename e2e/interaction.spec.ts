import { expect, test, type Page } from '@playwright/test';
import { jumpTo, openExplorer, renderedPoints, waitForMap } from './helpers.ts';

const RAQQA_ARTICLE = '001_c38a5d6c1bcb8d41';

async function placeCoordinates(page: Page, key: string): Promise<[number, number]> {
  const points = await renderedPoints(page);
  const hit = points.find((p) => p.name?.toLowerCase().includes(key));
  expect(hit, `a rendered point for ${key}`).toBeDefined();
  return [hit!.lon, hit!.lat];
}

/** Clicks the map where a coordinate is drawn. */
async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const { x, y } = await page.evaluate(([lon, lat]) => window.__map!.project([lon!, lat!]), [lon, lat]);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

const summary = (page: Page) => page.locator('.brand p').textContent();

test('a click on a point opens its popup with the article and the sentence, the mention marked', async ({ page }) => {
  await openExplorer(page);
  const [lon, lat] = await placeCoordinates(page, 'raqqa');
  await clickMapAt(page, lon, lat);
  const popup = page.getByTestId('place-popup');
  await expect(popup).toBeVisible();
  await expect(popup.locator('h3')).toContainText('Cuộc chiến quét sạch IS');
  await expect(popup.locator('mark').first()).toHaveText('Raqqa');
  const sentence = popup.locator('li', { hasText: 'tiêu diệt nốt số tay súng IS còn sót lại' });
  await expect(sentence.locator('mark')).toHaveText('Raqqa');
  await expect(popup).toContainText('Syria');
  await expect(page).toHaveURL(/place=gn:/);

  await popup.getByRole('button', { name: 'Read the article' }).click();
  const reader = page.getByTestId('reader');
  await expect(reader.locator('h2')).toContainText('Raqqa');
  const marks = reader.locator('button.mention');
  expect(await marks.count()).toBeGreaterThan(5);
  await expect(page).toHaveURL(new RegExp(`article=${RAQQA_ARTICLE}`));
});

test('the place list opens a popup from the keyboard and highlights on hover', async ({ page }) => {
  await openExplorer(page);
  const mosul = page.getByTestId('place-list').getByRole('button', { name: /^Mosul/ });
  await mosul.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('place-popup').locator('h2')).toHaveText('Mosul');
  await expect(mosul).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('place-list').getByRole('button', { name: /Syria/ }).hover();
  await expect.poll(() => page.evaluate(() => (window.__map!.getSource('highlight') as unknown as { _data: { geojson: GeoJSON.FeatureCollection } })._data.geojson.features.length)).toBe(1);
});

test('the list sorts by mentions and by name', async ({ page }) => {
  await openExplorer(page);
  const names = () => page.getByTestId('place-list').locator('.name').allTextContents();
  const counts = (await page.getByTestId('place-list').locator('.n').allTextContents()).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await page.getByTestId('place-sort').selectOption('name');
  const byName = await names();
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
});

test('switching an article off removes its points and changes the counts', async ({ page }) => {
  await openExplorer(page);
  const before = await summary(page);
  expect((await renderedPoints(page)).some((p) => /raqq/i.test(p.name ?? ''))).toBe(true);
  await page.getByRole('checkbox', { name: /Cuộc chiến quét sạch IS/ }).uncheck();
  await waitForMap(page);
  expect((await renderedPoints(page)).some((p) => /raqq/i.test(p.name ?? ''))).toBe(false);
  expect(await summary(page)).not.toBe(before);
  await expect(page.getByTestId('place-list')).not.toContainText(/Raqq/);
});

test('switching a layer off hides its places', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('layer-country').uncheck();
  await waitForMap(page);
  await expect(page.getByTestId('place-list')).not.toContainText('Syria');
  await jumpTo(page, 40, 34, 3);
  const points = await renderedPoints(page);
  expect(points.length).toBeGreaterThan(0);
  expect(points.some((p) => ['Iraq', 'Syria', 'United States'].includes(p.name ?? ''))).toBe(false);
});

test('the section switches show body or related-link mentions', async ({ page }) => {
  await openExplorer(page);
  await jumpTo(page, 40, 30, 2);
  await page.getByTestId('section-body').uncheck();
  await waitForMap(page);
  const drawn = await page.evaluate(() => window.__map!.queryRenderedFeatures({ layers: ['mention-points'] }).map((f) => f.properties));
  expect(drawn.length).toBeGreaterThan(0);
  // everything left, points and clusters, is drawn hollow: related-links mentions only
  expect(drawn.every((p) => p.related === 1)).toBe(true);
  await expect(page.getByTestId('place-list')).toContainText('Silopi');
  await expect(page.getByTestId('place-list')).not.toContainText('Damascus');
});

test('the search finds places without diacritics', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('search').fill('quang tri');
  await waitForMap(page);
  await expect(page.getByTestId('place-list').locator('.name')).toHaveText(['Quảng Trị']);
  await jumpTo(page, 107, 16.7, 6);
  expect((await renderedPoints(page)).map((p) => p.name)).toEqual(['Quảng Trị']);
  await expect(page).toHaveURL(/q=quang%20tri/);
});

test('the date range keeps the articles of those days', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('date-from').fill('2017-11-01');
  await page.getByTestId('date-to').fill('2017-11-30');
  await waitForMap(page);
  const counts = await page.getByTestId('article-count').allTextContents();
  expect(counts.filter((c) => c !== '0')).toHaveLength(1);
  await expect(page.getByTestId('place-list')).toContainText(/Albu Kamal|Ālbū Kamāl/);
  await expect(page.getByTestId('place-list')).not.toContainText('Mosul');
});

test('the area filter keeps places near a place, or in the view', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('place-list').getByRole('button', { name: /^Mosul/ }).click();
  await page.getByTestId('place-popup').getByRole('button', { name: /within 25 km/ }).click();
  // Mosul and its districts, not Tal Afar 55 km west
  await expect(page.getByTestId('place-list')).toContainText('Old City of Mosul');
  await expect(page.getByTestId('place-list')).not.toContainText(/Tall? .?Afar/);
  await page.getByTestId('radius').fill('120');
  await page.getByTestId('radius').press('Enter');
  await expect(page.getByTestId('place-list')).toContainText(/Tall? .?Afar/);
  await expect(page.getByTestId('place-list')).not.toContainText(/Raqq/);

  await page.getByTestId('area-view').check();
  await jumpTo(page, 39.0, 35.95, 9);
  await expect(page.getByTestId('place-list').locator('.name')).toHaveText([/Raqqa/]);
});
