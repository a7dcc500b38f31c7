import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExplorer, waitForMap } from './helpers.ts';

/** The axe rules for WCAG 2.1 A and AA, and axe's own best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe on the whole page; fails on any serious or critical violation, listing where. */
async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  // the lesser ones are shown with the results, so they are seen without failing the run
  const minor = violations.filter((v) => !serious.some((s) => s.startsWith(`${v.id} `))).map((v) => `${v.id} (${v.impact})`);
  if (minor.length) test.info().annotations.push({ type: `axe, ${what}`, description: minor.join(', ') });
  expect(serious, what).toEqual([]);
}

const placeButton = (page: Page, name: RegExp) => page.getByTestId('place-list').getByRole('button', { name });

test('no serious accessibility violations: main view, a popup, the reader', async ({ page }) => {
  await openExplorer(page);
  await expectNoSeriousViolations(page, 'main view');
  await placeButton(page, /^Mosul/).click();
  await expect(page.getByRole('dialog', { name: 'Mosul' })).toBeVisible();
  await waitForMap(page);
  await expectNoSeriousViolations(page, 'popup open');
  await page.getByTestId('place-popup').getByRole('button', { name: 'Read the article' }).first().click();
  await expect(page.getByTestId('reader')).toBeVisible();
  await expectNoSeriousViolations(page, 'reader open');
});

test('no serious accessibility violations in Vietnamese, with a popup and the reader', async ({ page }) => {
  await openExplorer(page, '#lang=vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expectNoSeriousViolations(page, 'main view, vi');
  await placeButton(page, /^Mosul/).click();
  await expect(page.getByRole('dialog', { name: 'Mosul' })).toBeVisible();
  await waitForMap(page);
  await page.getByTestId('place-popup').getByRole('button', { name: 'Đọc bài viết' }).first().click();
  await expect(page.getByTestId('reader')).toBeVisible();
  await expectNoSeriousViolations(page, 'popup and reader, vi');
  // the reader's editor of a mention, and the paste dialog
  await page.getByTestId('reader-mention').first().click();
  await expect(page.getByTestId('mention-editor')).toContainText('Trên bản đồ là');
  await expectNoSeriousViolations(page, 'mention editor, vi');
  await page.getByTestId('paste-article').click();
  await expect(page.getByRole('dialog', { name: 'Dán bài viết' })).toBeVisible();
  await expectNoSeriousViolations(page, 'paste dialog, vi');
});

/** Presses Tab until the focus is inside `target`; fails after `max` presses. */
async function tabInto(page: Page, target: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => !!document.activeElement?.closest(sel), target)) return;
  }
  throw new Error(`${max} presses of Tab never reached ${target}`);
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);
const outlineOfFocused = (page: Page) => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);

test('keyboard only: Tab to the places, Enter opens a popup with the focus in it, Escape goes back', async ({ page }) => {
  await openExplorer(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await tabInto(page, '[data-testid="place-list"] ol');
  const first = page.locator(':focus');
  const placeId = await first.getAttribute('data-place-id');
  const name = await first.locator('.name').textContent();
  expect(await outlineOfFocused(page), 'a visible focus ring').not.toBe('none');

  await page.keyboard.press('Enter');
  const popup = page.getByRole('dialog', { name: name! });
  await expect(popup).toBeVisible();
  await expect.poll(() => focusedTestId(page)).toBe('place-popup');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
  expect(await focusedTestId(page)).toBe('place-popup');
  expect(await outlineOfFocused(page)).not.toBe('none');

  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAttribute('data-place-id', placeId!);
  await expect(page).not.toHaveURL(/place=/);

  // the reader, from the popup: focus goes in, and Escape brings it back to the popup's button
  await page.keyboard.press('Enter');
  await expect(popup).toBeVisible();
  const read = popup.getByRole('button', { name: 'Read the article' }).first();
  await read.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedTestId(page)).toBe('reader');
  await page.keyboard.press('Tab');
  expect(await focusedTestId(page)).toBe('reader');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('reader')).toHaveCount(0);
  await expect(read).toBeFocused();
});

test('the map has an accessible name, and notices are announced', async ({ page }) => {
  await openExplorer(page, '#place=no-such-place');
  await expect(page.getByRole('region', { name: /Map of the places the articles mention/ })).toBeVisible();
  const notices = page.getByRole('status').filter({ has: page.getByTestId('notice') });
  await expect(notices).toContainText('default view is shown');
  await expect(notices).toHaveAttribute('aria-live', 'polite');
});

test('switching language changes the labels and the link; the link opens in that language', async ({ page, browser }) => {
  await openExplorer(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).toHaveURL(/[#&]lang=vi(&|$)/);
  await expect(page.getByRole('heading', { name: 'Bài viết' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lớp bản đồ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bộ lọc' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải GeoJSON xuống' })).toBeVisible();
  await expect(page.locator('.brand p')).toContainText('lượt nhắc đến');
  await expect(page.getByRole('button', { name: 'Phóng to' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Bản đồ các địa điểm/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.title()).toBe('Địa danh trong tin — bản đồ');
  // dates in the legend are written the Vietnamese way
  await expect(page.getByTestId('legend')).toContainText(/thg \d+/);
  await placeButton(page, /^Mosul/).click();
  await expect(page.getByTestId('place-popup')).toContainText('Tọa độ');
  await expect(page.getByTestId('place-popup').getByRole('button', { name: 'Đóng' })).toBeVisible();

  // a fresh English browser opens the link in Vietnamese
  const link = page.url();
  const other = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await openExplorer(other, link.slice(link.indexOf('#')));
  await expect(other.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(other.getByRole('heading', { name: /^Địa điểm \d+$/ })).toBeVisible();
  await expect(other.getByRole('dialog', { name: 'Mosul' })).toBeVisible();

  // and back to English
  await other.getByRole('button', { name: 'English' }).click();
  await expect(other.getByRole('heading', { name: /^Places \d+$/ })).toBeVisible();
  await expect(other).toHaveURL(/[#&]lang=en(&|$)/);
});

test('the browser language decides when the link does not, and a bad language in a link is refused', async ({ browser }) => {
  const vietnamese = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await openExplorer(vietnamese);
  await expect(vietnamese.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(vietnamese.getByRole('heading', { name: 'Bài viết' })).toBeVisible();
  // no choice made, so the link leaves the language to whoever opens it
  expect(vietnamese.url()).not.toContain('lang=');

  const english = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  const errors: string[] = [];
  english.on('pageerror', (e) => errors.push(e.message));
  await openExplorer(english, '#lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(english.getByTestId('notice')).toContainText('there is no language');
  await expect(english.locator('html')).toHaveAttribute('lang', 'en');
  await expect(english.getByRole('heading', { name: 'Articles' })).toBeVisible();
  expect(errors).toEqual([]);
});
