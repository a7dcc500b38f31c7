import { expect, test, type Page } from '@playwright/test';
import { namesDrawnAround, openExplorer, pasteArticle, waitForMap } from './helpers.ts';

const ENGLISH = {
  title: 'Storm closes French ports',
  text: 'Heavy rain flooded parts of Lyon and Marseille on Tuesday, and trains between Paris and Lyon were cancelled, the rail operator said.',
};
const VIETNAMESE = {
  title: 'Mưa lớn ở miền Trung',
  text: 'Mưa lớn gây ngập lụt ở Đà Nẵng và Huế. Quân đội đã đưa hàng cứu trợ từ Hà Nội vào tỉnh Quảng Trị.',
};
const SEEDS = 5;

/** Drops files made in the page, as a user dropping them from their file manager does. */
async function dropFiles(page: Page, files: { name: string; text?: string; bytes?: number[]; size?: number }[]): Promise<void> {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) {
      const content = f.size !== undefined ? new Uint8Array(f.size).fill(0x61) : f.bytes ? Uint8Array.from(f.bytes) : (f.text ?? '');
      transfer.items.add(new File([content], f.name));
    }
    document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

const legendTitles = (page: Page) => page.getByTestId('legend').locator('.title').allTextContents();

test('pasted English and Vietnamese articles put their places on the map, as layers of their own', async ({ page, baseURL }) => {
  test.slow(); // the first article loads the gazetteer in the worker
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openExplorer(page);
  await pasteArticle(page, ENGLISH.title, ENGLISH.text);
  await expect(page.getByTestId('notice').last()).toContainText(`“${ENGLISH.title}” added: 5 mentions of 4 places`);
  await pasteArticle(page, VIETNAMESE.title, VIETNAMESE.text);
  // "miền Trung" in the title is Central Vietnam
  await expect(page.getByTestId('notice').last()).toContainText(`“${VIETNAMESE.title}” added: 5 mentions of 5 places`);

  expect(await legendTitles(page)).toHaveLength(SEEDS + 2);
  const counts = await page.getByTestId('article-count').allTextContents();
  expect(counts.slice(SEEDS)).toEqual(['5', '5']);
  expect(await namesDrawnAround(page, 4, 46, 5)).toEqual(expect.arrayContaining(['Lyon', 'Marseille', 'Paris']));
  expect(await namesDrawnAround(page, 107.5, 16.4, 8)).toEqual(expect.arrayContaining(['Da Nang', 'Huế', 'Quảng Trị']));
  expect(await namesDrawnAround(page, 105.84, 21.02, 9)).toContain('Hanoi');
  // the seeds are still all there
  await expect(page.getByTestId('place-list')).toContainText('Mosul');
  // geoparsed here: the gazetteer came from this server, and nothing went anywhere else
  expect(requests.filter((url) => url.endsWith('/data/gazetteer.index.bin'))).toHaveLength(1);
  expect(requests.filter((url) => !url.startsWith(`${new URL(baseURL!).origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
});

test('an empty paste is refused in the dialog, and nothing changes', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('paste-article').click();
  await page.getByTestId('paste-title').fill('Nothing here');
  await page.getByTestId('paste-text').fill('   \n  ');
  await page.getByTestId('paste-submit').click();
  await expect(page.getByTestId('paste-dialog')).toContainText('the box is empty');
  await expect(page.getByTestId('paste-text')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('paste-dialog')).not.toBeVisible();
  expect(await legendTitles(page)).toHaveLength(SEEDS);
});

test('dropped files are added, each bad one refused with its name, nothing on the map lost', async ({ page }) => {
  test.slow();
  await openExplorer(page);
  const seedMentions = await page.getByTestId('article-count').allTextContents();
  const line = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, properties: {} }] };
  await dropFiles(page, [
    { name: 'lyon.txt', text: `${ENGLISH.title}\n\n${ENGLISH.text}` },
    { name: 'photo.txt', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d] },
    { name: 'hue.html', text: `<html><head><title>${VIETNAMESE.title}</title><style>p{}</style></head><body><p>${VIETNAMESE.text}</p></body></html>` },
    { name: 'empty.md', text: '' },
    { name: 'huge.txt', size: 21 * 1024 * 1024 },
    { name: 'broken.geojson', text: '{"type": "FeatureCollection", "features": [' },
    { name: 'line.geojson', text: JSON.stringify(line) },
    { name: 'report.pdf', text: '%PDF-1.7' },
  ]);
  await expect(page.getByTestId('add-progress')).toContainText(/Adding \d of 8/);
  await expect(page.getByTestId('add-progress')).toBeEmpty({ timeout: 60_000 });

  const notices = page.getByTestId('notice');
  await expect(notices.filter({ hasText: '"photo.txt" is a binary file' })).toHaveCount(1);
  await expect(notices.filter({ hasText: '"empty.md" is empty' })).toHaveCount(1);
  await expect(notices.filter({ hasText: '"huge.txt" is larger than 20 MB' })).toHaveCount(1);
  await expect(notices.filter({ hasText: '"broken.geojson" is not JSON' })).toHaveCount(1);
  await expect(notices.filter({ hasText: '"line.geojson": feature 1 is a LineString, not a Point' })).toHaveCount(1);
  await expect(notices.filter({ hasText: '"report.pdf" is not a kind of file the map reads' })).toHaveCount(1);
  await expect(notices.filter({ hasText: `Added: ${ENGLISH.title}, ${VIETNAMESE.title}.` })).toHaveCount(1);

  expect((await legendTitles(page)).slice(SEEDS)).toEqual([ENGLISH.title, VIETNAMESE.title]);
  expect((await page.getByTestId('article-count').allTextContents()).slice(0, SEEDS)).toEqual(seedMentions);
  expect(await namesDrawnAround(page, 107.5, 16.4, 8)).toEqual(expect.arrayContaining(['Da Nang', 'Huế']));
});

test('in Vietnamese, a refused GeoJSON file is named and the reason is Vietnamese, numbers written the Vietnamese way', async ({ page }) => {
  await openExplorer(page, '#lang=vi');
  const far = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [43.5, 136] }, properties: {} }] };
  await dropFiles(page, [
    { name: 'hỏng.geojson', text: '{"type": "FeatureCollection", "features": [' },
    { name: 'xa.geojson', text: JSON.stringify(far) },
  ]);

  const notices = page.getByTestId('notice');
  await expect(notices.filter({ hasText: '“hỏng.geojson” không phải là JSON hợp lệ. Chưa thêm gì; bản đồ giữ nguyên.' })).toHaveCount(1);
  await expect(notices.filter({ hasText: '“xa.geojson”: đối tượng thứ 1 có tọa độ nằm ngoài phạm vi (43,5; 136): kinh độ phải trong khoảng ±180 và vĩ độ trong khoảng ±90' })).toHaveCount(1);
  expect(await legendTitles(page)).toHaveLength(SEEDS);
});

test('added articles come back after a reload; a removed one does not; renaming sticks', async ({ page }) => {
  test.slow();
  await openExplorer(page);
  await pasteArticle(page, ENGLISH.title, ENGLISH.text);
  await pasteArticle(page, VIETNAMESE.title, VIETNAMESE.text);
  await page.reload();
  await waitForMap(page);
  expect((await legendTitles(page)).slice(SEEDS)).toEqual([ENGLISH.title, VIETNAMESE.title]);
  expect(await namesDrawnAround(page, 4, 46, 5)).toEqual(expect.arrayContaining(['Lyon', 'Marseille']));

  await page.getByRole('button', { name: `Rename “${ENGLISH.title}”` }).click();
  await page.getByTestId('rename-input').fill('Floods in France');
  await page.getByTestId('rename-input').press('Enter');
  await page.getByRole('button', { name: `Remove “${VIETNAMESE.title}”` }).click();
  await page.getByTestId('remove-yes').click();
  await expect(page.getByTestId('notice').last()).toContainText(`“${VIETNAMESE.title}” was removed.`);
  expect((await legendTitles(page)).slice(SEEDS)).toEqual(['Floods in France']);
  expect(await namesDrawnAround(page, 107.5, 16.4, 8)).not.toContain('Huế');

  await page.reload();
  await waitForMap(page);
  expect((await legendTitles(page)).slice(SEEDS)).toEqual(['Floods in France']);
  await expect(page.getByTestId('place-list')).not.toContainText('Huế');
});

test('a link naming articles added in another browser opens, and says which are missing', async ({ page, browser }) => {
  test.slow();
  await openExplorer(page);
  await pasteArticle(page, ENGLISH.title, ENGLISH.text);
  await page.getByTestId('place-list').getByRole('button', { name: /^Marseille/ }).click();
  await expect(page.getByTestId('place-popup')).toBeVisible();
  await page.getByTestId('search').fill('a');
  await waitForMap(page);
  const link = page.url();
  const id = decodeURIComponent(/mine=([^&]+)/.exec(link)![1]!);
  expect(id).toMatch(/^storm-closes-french-port-/);

  const other = await (await browser.newContext()).newPage();
  await openExplorer(other, link.slice(link.indexOf('#')));
  await expect(other.getByTestId('notice')).toHaveCount(1);
  await expect(other.getByTestId('notice')).toContainText(`added in another browser and are not in this one: ${id}`);
  // the rest of the view is the sender's: the search, the seeds; the popup of their own place cannot open
  await expect(other.getByTestId('search')).toHaveValue('a');
  await expect(other.getByTestId('legend').locator('li')).toHaveCount(SEEDS);
  await expect(other.getByTestId('place-popup')).toHaveCount(0);
});

test('markup in a pasted text or a file is shown as text and never runs', async ({ page }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openExplorer(page);
  const hostile = 'Troops entered Mosul. <script>window.__pwned = 1; alert(1)</script> <img src=x onerror="window.__pwned = 2; alert(2)">';
  await pasteArticle(page, '<b onmouseover="alert(3)">Hostile</b>', hostile);
  await dropFiles(page, [{ name: '<img src=x onerror=alert(4)>.txt', text: `Trap in Raqqa\n\n${hostile}` }]);
  await expect(page.getByTestId('legend')).toContainText('Trap in Raqqa', { timeout: 60_000 });

  await page.getByTestId('legend').getByRole('button', { name: '<b onmouseover="alert(3)">Hostile</b>', exact: true }).click();
  await expect(page.getByTestId('reader')).toContainText('<script>window.__pwned = 1; alert(1)</script>');
  await expect(page.getByTestId('reader')).toContainText('<img src=x onerror="window.__pwned = 2; alert(2)">');
  await page.getByTestId('legend').getByRole('button', { name: 'Trap in Raqqa', exact: true }).click();
  await expect(page.getByTestId('reader')).toContainText('<script>');
  await page.getByTestId('legend').getByRole('button', { name: 'Trap in Raqqa', exact: true }).hover();

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], b[onmouseover], [onerror]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
