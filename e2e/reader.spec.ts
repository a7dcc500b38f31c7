import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { FeatureCollection, Point } from 'geojson';
import { namesDrawnAround, openExplorer, pasteArticle, waitForMap } from './helpers.ts';

const ENGLISH_SEED = 'Iraqi special forces seize Mosul district in fresh push';

async function downloadJson(page: Page): Promise<FeatureCollection<Point>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-geojson').click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as FeatureCollection<Point>;
}

/** The counted mentions of the English seed, as its legend entry says. */
const seedCount = async (page: Page) => Number(await page.getByTestId('legend').locator('li').filter({ hasText: ENGLISH_SEED }).getByTestId('article-count').textContent());

test('the reader marks mentions by kind, sets the related links and repeats apart, and flies to a mention', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('legend').getByRole('button', { name: ENGLISH_SEED, exact: true }).click();
  const reader = page.getByTestId('reader');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(ENGLISH_SEED);
  await expect(reader.locator('.mention.group-country').first()).toHaveText('Iraqi');
  await expect(reader.locator('.mention.group-city').first()).toHaveText('Mosul');
  await expect(reader.locator('.mention.group-local').first()).toBeVisible();
  await expect(page.getByTestId('reader-related')).toContainText('Related links');
  expect(await page.getByTestId('reader-related').locator('.mention').count()).toBeGreaterThan(0);
  expect(await reader.locator('.duplicate').count()).toBeGreaterThan(0);

  await reader.getByTestId('reader-mention').filter({ hasText: 'Qadisiya al-Thaniya' }).first().click();
  await expect(page.getByTestId('place-popup').locator('h2')).toHaveText('Qadisiya al-Thaniya');
  await expect(page.getByTestId('mention-editor')).toContainText('On the map as: Qadisiya al-Thaniya');
  await expect(page.getByTestId('mention-editor').getByRole('heading')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('mention-editor')).toHaveCount(0);
  await expect(reader.getByTestId('reader-mention').filter({ hasText: 'Qadisiya al-Thaniya' }).first()).toBeFocused();
  await waitForMap(page);
  const center = await page.evaluate(() => window.__map!.getCenter());
  expect(center.lng).toBeCloseTo(43.17, 1);
  expect(center.lat).toBeCloseTo(36.35, 1);
});

test('a corrected mention moves on the map, is exported as corrected, and stays after a reload', async ({ page }) => {
  test.slow(); // the gazetteer loads in the worker
  await openExplorer(page);
  await pasteArticle(page, 'Storm in London', 'Storm in London\n\nThe river rose overnight. Smoke rose over West Mosul as Iraqi troops advanced.');
  await page.getByTestId('legend').getByRole('button', { name: 'Storm in London', exact: true }).click();
  const reader = page.getByTestId('reader');
  const editor = page.getByTestId('mention-editor');

  // London, England → London, Kentucky
  await reader.getByTestId('reader-mention').filter({ hasText: 'London' }).click();
  await editor.getByTestId('choose-place').click();
  await expect(editor.getByTestId('place-choice').first()).toContainText('current');
  await editor.getByTestId('place-choice').filter({ hasText: 'Kentucky' }).click();
  await expect(page.getByTestId('notice').last()).toContainText('“London” is now London on the map');
  await expect(editor).toContainText('The geoparser read it as London.');
  await expect(reader.locator('.mention.corrected')).toHaveText('London');
  expect(await namesDrawnAround(page, -84.08, 37.13, 9)).toContain('London');

  // "Iraqi" is not a place
  await reader.getByTestId('reader-mention').filter({ hasText: 'Iraqi' }).click();
  await editor.getByTestId('not-a-place').click();
  await expect(reader.locator('.mention.not-a-place')).toHaveText('Iraqi');
  await expect(editor).toContainText('Not on the map');

  const exported = (await downloadJson(page)).features.filter((f) => f.properties!.title === 'Storm in London');
  expect(exported.map((f) => [f.properties!.surface, f.properties!.corrected ?? false])).toEqual([['London', true], ['West Mosul', false]]);
  const [lon, lat] = exported[0]!.geometry.coordinates as [number, number];
  expect(lon).toBeCloseTo(-84.08, 1);
  expect(lat).toBeCloseTo(37.13, 1);
  expect(exported[0]!.properties).toMatchObject({ countryCode: 'US', confidence: 1 });

  await page.reload();
  await waitForMap(page);
  await page.getByTestId('legend').getByRole('button', { name: 'Storm in London', exact: true }).click();
  await expect(reader.locator('.mention.corrected')).toHaveText('London');
  await expect(reader.locator('.mention.not-a-place')).toHaveText('Iraqi');
  expect(await namesDrawnAround(page, -84.08, 37.13, 9)).toContain('London');

  // undone: back to the geoparser's London
  await reader.getByTestId('reader-mention').filter({ hasText: 'London' }).click();
  await editor.getByTestId('undo-correction').click();
  await expect(reader.locator('.mention.corrected')).toHaveCount(0);
  expect(await namesDrawnAround(page, -84.08, 37.13, 9)).not.toContain('London');
});

test('a seed article can be corrected too, and keeps the correction', async ({ page }) => {
  await openExplorer(page);
  const count = await seedCount(page);
  await page.getByTestId('legend').getByRole('button', { name: ENGLISH_SEED, exact: true }).click();
  await page.getByTestId('reader').getByTestId('reader-mention').filter({ hasText: 'Syria' }).first().click();
  await page.getByTestId('mention-editor').getByTestId('not-a-place').click();
  await expect.poll(() => seedCount(page)).toBe(count - 1);

  const csvDownload = Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  const csv = await readFile(await (await csvDownload)[0].path(), 'utf8');
  expect(csv.split('\r\n')[0]!.endsWith(',corrected')).toBe(true);

  await page.reload();
  await waitForMap(page);
  expect(await seedCount(page)).toBe(count - 1);
  await page.getByTestId('legend').getByRole('button', { name: ENGLISH_SEED, exact: true }).click();
  await expect(page.getByTestId('reader').locator('.mention.not-a-place')).toHaveText(['Syria']);
});

test('a corrected mention in a dropped file corrects that mention on the map rather than adding one', async ({ page }) => {
  await openExplorer(page);
  const count = await seedCount(page);
  const seed = (await downloadJson(page)).features.filter((f) => f.properties!.title === ENGLISH_SEED);
  // as another user exports it after moving the first "Ankara" to the province
  const ankara = seed.find((f) => f.properties!.surface === 'Ankara')!;
  const province = { type: 'Feature', geometry: { type: 'Point', coordinates: [32.7, 39.6] }, properties: { ...ankara.properties, placeId: 'test:ankara-province', name: 'Ankara Province', type: 'admin1', confidence: 1, corrected: true } };
  const file = { type: 'FeatureCollection', features: seed.map((f) => (f === ankara ? province : f)) };
  await page.getByTestId('open-file').setInputFiles({ name: 'corrected.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('notice').last()).toContainText(`corrected.geojson: 0 mentions added, ${seed.length - 1} already on the map, 1 corrected as the file says.`);
  expect(await seedCount(page)).toBe(count);

  await page.reload();
  await waitForMap(page);
  expect(await seedCount(page)).toBe(count);
  await page.getByTestId('legend').getByRole('button', { name: ENGLISH_SEED, exact: true }).click();
  await expect(page.getByTestId('reader').locator('.mention.corrected')).toHaveText(['Ankara']);
  expect(await namesDrawnAround(page, 32.7, 39.6, 9)).toContain('Ankara Province');
});
