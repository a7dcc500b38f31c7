import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { FeatureCollection, Point } from 'geojson';
import { jumpTo, openExplorer, renderedPoints, waitForMap } from './helpers.ts';

async function downloadText(page: Page, testId: string): Promise<{ name: string; text: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

test('the GeoJSON export is valid RFC 7946 and holds exactly what the filters show', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('checkbox', { name: /Iraqi special forces/ }).uncheck();
  await page.getByTestId('layer-country').uncheck();
  await waitForMap(page);
  const { name, text } = await downloadText(page, 'download-geojson');
  expect(name).toMatch(/^mentions-\d{4}-\d{2}-\d{2}\.geojson$/);

  const fc = JSON.parse(text) as FeatureCollection<Point>;
  expect(fc.type).toBe('FeatureCollection');
  expect(fc.features.length).toBeGreaterThan(0);
  for (const f of fc.features) {
    expect(f.type).toBe('Feature');
    expect(f.geometry.type).toBe('Point');
    const [lon, lat, ...rest] = f.geometry.coordinates as number[];
    expect(rest).toEqual([]);
    expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
    expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
    expect(decimals(lon!)).toBeLessThanOrEqual(6);
    expect(decimals(lat!)).toBeLessThanOrEqual(6);
    expect(f.properties).toMatchObject({ title: expect.any(String), section: expect.stringMatching(/^(body|related)$/) });
    expect(f.properties!.article).not.toBe('004_7266266f45e0730c');
    expect(f.properties!.type).not.toBe('country');
  }
  // the same places as the list, with the same counted mentions
  const listed = await page.getByTestId('place-list').locator('li button').evaluateAll((rows) =>
    rows.map((row) => [row.getAttribute('data-place-id'), Number(row.querySelector('.n')!.textContent)] as const),
  );
  const exported = new Map<string, number>();
  for (const f of fc.features) if (!f.properties!.duplicate) exported.set(f.properties!.placeId, (exported.get(f.properties!.placeId) ?? 0) + 1);
  expect(new Map(listed)).toEqual(exported);
  const summary = await page.locator('.brand p').textContent();
  expect(summary).toContain(`${[...exported.values()].reduce((a, b) => a + b, 0)} mentions`);
});

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

test('the CSV export has a header and one row per mention, the same as the GeoJSON', async ({ page }) => {
  await openExplorer(page, '#q=mosul');
  const { name, text } = await downloadText(page, 'download-csv');
  expect(name).toMatch(/^mentions-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parseCSV(text);
  expect(header).toEqual(['lon', 'lat', 'article', 'title', 'date', 'source', 'lang', 'surface', 'start', 'end', 'placeId', 'name', 'type', 'countryCode', 'section', 'duplicate', 'demonym', 'confidence', 'context', 'corrected']);
  const geojson = JSON.parse((await downloadText(page, 'download-geojson')).text) as FeatureCollection<Point>;
  expect(rows).toHaveLength(geojson.features.length);
  rows.forEach((row, i) => {
    const f = geojson.features[i]!;
    expect(row).toHaveLength(header!.length);
    expect(row.slice(0, 4)).toEqual([String(f.geometry.coordinates[0]), String(f.geometry.coordinates[1]), f.properties!.article, f.properties!.title]);
    expect(row[18]).toBe(f.properties!.context);
  });
  expect(rows.some((row) => row[18]!.includes(','))).toBe(true);
});

test('an exported file dropped back shows the same points, and a bad file changes nothing', async ({ page, browser }) => {
  await openExplorer(page, '#hide=000_95353bce6f3dfe6c,001_c38a5d6c1bcb8d41,002_af0ab76b70a33144,004_7266266f45e0730c');
  const { path, text } = await downloadText(page, 'download-geojson');
  const exported = JSON.parse(text) as FeatureCollection<Point>;
  const places = [...new Set(exported.features.map((f) => f.properties!.placeId))].sort();

  // a fresh browser with only that file: rename the article so it is new to the map there
  const fresh = await (await browser.newContext()).newPage();
  await openExplorer(fresh, '#hide=000_95353bce6f3dfe6c,001_c38a5d6c1bcb8d41,002_af0ab76b70a33144,003_1ac561ed0a18e376,004_7266266f45e0730c');
  await expect(fresh.getByTestId('place-list')).toContainText('No place matches the filters');
  const renamed = { ...exported, features: exported.features.map((f) => ({ ...f, properties: { ...f.properties, article: 'imported-copy' } })) };
  await fresh.getByTestId('open-file').setInputFiles({ name: 'copy.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(renamed)) });
  await expect(fresh.getByTestId('notice')).toContainText(`copy.geojson: ${exported.features.length} mentions added`);
  await waitForMap(fresh);
  const listed = await fresh.getByTestId('place-list').locator('li button').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-place-id')));
  expect(listed.sort()).toEqual(places);
  const coordinates = new Set(exported.features.map((f) => f.geometry.coordinates.join(',')));
  for (const [lon, lat] of [...coordinates].map((c) => c.split(',').map(Number) as [number, number])) {
    await jumpTo(fresh, lon, lat, 13);
    const drawn = await renderedPoints(fresh);
    expect(drawn.some((p) => !p.cluster && Math.abs(p.lon - lon) < 0.001 && Math.abs(p.lat - lat) < 0.001), `a point at ${lon},${lat}`).toBe(true);
  }

  // the same file again adds nothing; a broken one is refused with its name and nothing lost
  await fresh.getByTestId('open-file').setInputFiles(path);
  await expect(fresh.getByTestId('notice').last()).toContainText(`0 mentions added, ${exported.features.length} already on the map`);
  const broken = { ...renamed, features: [...renamed.features, { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 95] }, properties: renamed.features[0]!.properties }] };
  await fresh.getByTestId('open-file').setInputFiles({ name: 'broken.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(fresh.getByTestId('notice').last()).toContainText('"broken.geojson": feature');
  await expect(fresh.getByTestId('notice').last()).toContainText('out of range');
  await expect(fresh.getByTestId('notice').last()).toContainText('Nothing was added');
  expect((await fresh.getByTestId('place-list').locator('li').count())).toBe(places.length);
});
