import { expect, test } from '@playwright/test';
import { openExplorer, waitForMap } from './helpers.ts';

test('a shared link opens the same view in a fresh browser, and reload keeps it', async ({ page, browser }) => {
  await openExplorer(page);
  await page.getByTestId('search').fill('mosul');
  await page.getByTestId('section-related').uncheck();
  await page.getByTestId('place-list').getByRole('button', { name: /^Mosul/ }).click();
  await waitForMap(page);
  await page.evaluate(() => window.__map!.jumpTo({ center: [43.2, 36.4], zoom: 8.5, bearing: 20, pitch: 30 }));
  await waitForMap(page);
  await expect(page).toHaveURL(/map=8\.5\/36\.4\/43\.2\/20\/30/);
  const link = page.url();
  expect(link.length).toBeLessThan(2000);

  const other = await (await browser.newContext()).newPage();
  await openExplorer(other, link.slice(link.indexOf('#')));
  await expect(other.getByTestId('search')).toHaveValue('mosul');
  await expect(other.getByTestId('section-related')).not.toBeChecked();
  await expect(other.getByTestId('place-popup').locator('h2')).toHaveText('Mosul');
  const camera = await other.evaluate(() => {
    const m = window.__map!;
    return { ...m.getCenter(), zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
  });
  expect(camera.lng).toBeCloseTo(43.2, 4);
  expect(camera.lat).toBeCloseTo(36.4, 4);
  expect(camera.zoom).toBeCloseTo(8.5, 2);
  expect(camera.bearing).toBeCloseTo(20, 1);
  expect(camera.pitch).toBeCloseTo(30, 1);
  expect(other.url()).toBe(link);

  await other.reload();
  await waitForMap(other);
  await expect(other.getByTestId('place-popup').locator('h2')).toHaveText('Mosul');
  expect(other.url()).toBe(link);
});

test('the copy-link button puts the current view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, '#q=raqqah');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('notice')).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('back and forward step through filters and selection, not camera moves', async ({ page }) => {
  await openExplorer(page);
  const start = await page.evaluate(() => history.length);
  await page.getByTestId('layer-country').uncheck();
  await page.getByRole('checkbox', { name: /Cuộc chiến quét sạch IS/ }).uncheck();
  await page.getByTestId('place-list').getByRole('button', { name: /^Mosul/ }).click();
  await expect(page.getByTestId('place-popup')).toBeVisible();
  await page.evaluate(() => window.__map!.jumpTo({ center: [40, 35], zoom: 6 }));
  await waitForMap(page);
  expect(await page.evaluate(() => history.length)).toBe(start + 3);

  await page.goBack();
  await expect(page.getByTestId('place-popup')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Cuộc chiến quét sạch IS/ })).not.toBeChecked();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /Cuộc chiến quét sạch IS/ })).toBeChecked();
  await expect(page.getByTestId('layer-country')).not.toBeChecked();
  await page.goBack();
  await expect(page.getByTestId('layer-country')).toBeChecked();
  await page.goForward();
  await expect(page.getByTestId('layer-country')).not.toBeChecked();
  await expect(page.getByTestId('place-list')).not.toContainText('Syria');
});

const HOSTILE_LINKS = [
  ['script in the search', '#q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['markup as a place id', '#place=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ['bad numbers', '#map=NaN/1e999/-Infinity'],
  ['a javascript: basemap', '#style=javascript:alert(document.domain)'],
  ['an unknown article', '#hide=no-such-article'],
  ['markup as a key', '#%3Cimg%20src=x%20onerror=alert(1)%3E'],
];

test('hostile links open the default view with a notice, and run nothing', async ({ context }) => {
  test.slow(); // six page loads
  for (const [what, hash] of HOSTILE_LINKS) {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/${hash}`);
    await expect(page.getByTestId('notice'), what).toContainText('default view is shown');
    await expect(page.getByTestId('legend').getByRole('checkbox')).toHaveCount(5);
    for (const box of await page.getByTestId('legend').getByRole('checkbox').all()) await expect(box, what).toBeChecked();
    await expect(page.getByTestId('search'), what).toHaveValue('');
    expect(await page.locator('img[src="x"], script:not([src]), [onerror]').count(), what).toBe(0);
    expect(dialogs, what).toEqual([]);
    expect(errors, what).toEqual([]);
    // the link is replaced by the view shown: a camera and nothing else
    await expect(page, what).toHaveURL(/\/(#map=[\d./-]+)?$/);
    await page.close();
  }
});
