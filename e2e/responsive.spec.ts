import { readdir, readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { jumpTo, openExplorer, waitForMap } from './helpers.ts';

const MB = 1024 * 1024;

/** About 1 MB of news text: the seed articles' paragraphs, each numbered so none is a repeat. */
async function longArticle(): Promise<string> {
  const paragraphs: string[] = [];
  for (const name of (await readdir('seeds')).sort()) {
    paragraphs.push(...(await readFile(`seeds/${name}`, 'utf8')).split(/\n\s*\n/).filter((p) => p.trim()));
  }
  const out = ['A very long dossier on Mosul and Raqqa'];
  let bytes = 0;
  for (let i = 0; bytes < MB; i++) {
    const paragraph = `(${i + 1}) ${paragraphs[i % paragraphs.length]}`;
    out.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  return out.join('\n\n');
}

interface Busy {
  kind: 'frame' | 'task';
  start: number;
  duration: number;
  /** Frames only: the longest run of script in it, one task's or one callback's, of MapLibre's (drawing)... */
  map: number;
  /** ...and of any other: the explorer's own (a timer's has no file to tell it by). */
  app: number;
}

/**
 * Records the main thread's long animation frames and long tasks (over 50 ms); for a frame, the
 * longest script it ran of MapLibre's code (told by its file) and of the rest.
 */
async function recordBusy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const busy: Busy[] = [];
    (window as unknown as { __busy: Busy[] }).__busy = busy;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { scripts: { duration: number; sourceURL: string }[] })[]) {
        const longestOf = (mapLibre: boolean) => Math.max(0, ...e.scripts.filter((s) => /\/assets\/maplibre-/.test(s.sourceURL) === mapLibre).map((s) => s.duration));
        busy.push({ kind: 'frame', start: e.startTime, duration: e.duration, map: longestOf(true), app: longestOf(false) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) busy.push({ kind: 'task', start: e.startTime, duration: e.duration, map: 0, app: 0 });
    }).observe({ type: 'longtask', buffered: true });
  });
}

const busySince = (page: Page, since: number) =>
  page.evaluate((since) => (window as unknown as { __busy: Busy[] }).__busy.filter((f) => f.start + f.duration >= since), since);

const longest = (busy: Busy[], kind: Busy['kind'], key: 'duration' | 'app' | 'map' = 'duration') =>
  Math.max(0, ...busy.filter((b) => b.kind === kind).map((b) => b[key]));

const summary = (busy: Busy[]) =>
  `longest task ${longest(busy, 'task').toFixed(0)} ms, longest frame ${longest(busy, 'frame').toFixed(0)} ms, ` +
  `longest script of the explorer ${longest(busy, 'frame', 'app').toFixed(0)} ms, of MapLibre ${longest(busy, 'frame', 'map').toFixed(0)} ms`;

/**
 * The main thread while a 1 MB article is read, geoparsed (in the worker) and put on the map. The
 * test holds the article's arrival on the map; the busy times are printed (the target: no script
 * of the explorer holds the thread for 100 ms), not asserted. With
 * software WebGL, as here, MapLibre's drawing is slow and each frame waits for its pixels to be
 * read back; a plain map move, measured the same way, shows that cost without any article.
 */
test('a 1 MB article is geoparsed off the main thread and reaches the map', async ({ page }) => {
  test.slow();
  await recordBusy(page);
  await openExplorer(page);
  const text = await longArticle();
  expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(MB);
  const path = test.info().outputPath('dossier.txt');
  await writeFile(path, text);

  // a map move alone, for comparison
  const moveStart = await page.evaluate(() => performance.now());
  await jumpTo(page, 40, 35, 6);
  const move = await busySince(page, moveStart);

  const start = await page.evaluate(() => performance.now());
  // waits in the page for the legend entry, instead of polling it from here: polling runs scripts too
  const shown = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const legend = document.querySelector('[data-testid="legend"]')!;
        new MutationObserver((_, observer) => {
          if (legend.textContent!.includes('A very long dossier')) resolve(observer.disconnect());
        }).observe(legend, { subtree: true, childList: true, characterData: true });
      }),
  );
  await page.getByTestId('open-file').setInputFiles(path);
  await shown;
  const added = await page.evaluate(() => performance.now());
  await waitForMap(page);
  const busy = await busySince(page, start);
  const mentions = await page.getByTestId('article-count').last().textContent();
  console.log(`1 MB article, ${mentions} counted mentions, on the map after ${((added - start) / 1000).toFixed(1)} s: ${summary(busy)}`);
  console.log(`a plain map move, for comparison: ${summary(move)}`);
  // the count is written for the language, "12,345" in English
  expect(Number(mentions!.replace(/\D/g, ''))).toBeGreaterThan(5000);
  // Timings are printed for `npm run bench`, not asserted: a loaded CI machine would make them flaky.
});
