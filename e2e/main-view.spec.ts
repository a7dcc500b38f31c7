import { expect, test } from '@playwright/test';
import { openExplorer, renderedPoints } from './helpers.ts';

test('the main view shows the seed articles on a map of Iraq and Syria', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByTestId('legend').locator('li')).toHaveCount(5);
  await expect(page.getByTestId('place-list').locator('li').first()).toBeVisible();
  const points = await renderedPoints(page);
  expect(points.length).toBeGreaterThan(3);
  await page.screenshot({ path: 'e2e/artifacts/main-view.png' });
});
