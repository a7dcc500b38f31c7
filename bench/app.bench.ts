/**
 * Benchmark of the built explorer in headless Chromium (run `npm run bench:app`, which builds
 * first). Prints numbers; it passes or fails nothing. Measures:
 *   - time to first full map (basemap and points drawn) with the seeds and with 100,000
 *     synthetic mentions over 10,000 places (?synthetic=100000);
 *   - time from a filter change to the map showing it, with the 100,000 mentions;
 *   - JS heap after loading the 100,000 mentions;
 *   - gzip size of the app's JavaScript, MapLibre, the geoparsing worker (loaded when a user
 *     adds an article) and the PMTiles reader (loaded for an archive basemap) apart.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

const PORT = 4181;
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = 5;
const SYNTHETIC = 100_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

async function startPreview(): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return () => process.kill(-server.pid!);
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('vite preview did not start');
}

/** Milliseconds from navigation start to the first full map. */
async function firstMap(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('explorer:first-map').length > 0, undefined, { timeout: 120_000 });
  return page.evaluate(() => performance.getEntriesByName('explorer:first-map')[0]!.startTime);
}

/**
 * Milliseconds from a click on a layer switch to the first frame drawn with the new points
 * (the mentions source loaded again), and to the map going idle (labels placed, nothing pending).
 */
async function filterChange(page: Page, testId: string): Promise<{ shown: number; idle: number }> {
  return page.evaluate(async (testId) => {
    const map = window.__map!;
    const box = document.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
    let reloaded = false;
    let shown = 0;
    const onData = (e: { sourceId?: string; isSourceLoaded?: boolean; sourceDataType?: string }) => {
      if (e.sourceId === 'mentions' && e.isSourceLoaded && e.sourceDataType !== 'metadata') reloaded = true;
    };
    const onRender = () => {
      if (reloaded && !shown) shown = performance.now() - start;
    };
    map.on('sourcedata', onData);
    map.on('render', onRender);
    const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
    const start = performance.now();
    box.click();
    await idle;
    map.off('sourcedata', onData);
    map.off('render', onRender);
    return { shown, idle: performance.now() - start };
  }, testId);
}

async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx compiles this file keeping function names with an `__name` helper, which the functions
  // handed to page.evaluate then call in the page: give the page one (as text, left uncompiled)
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  return page;
}

async function measureSeeds(browser: Browser) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await newPage(browser);
    times.push(await firstMap(page, BASE));
    await page.close();
  }
  return times;
}

async function measureSynthetic(browser: Browser) {
  const page = await newPage(browser);
  const first = await firstMap(page, `${BASE}?synthetic=${SYNTHETIC}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const changes: { shown: number; idle: number }[] = [];
  for (const testId of ['layer-city', 'layer-city', 'section-related', 'section-related', 'layer-local', 'layer-local']) {
    await page.waitForFunction(() => window.__map!.loaded());
    changes.push(await filterChange(page, testId));
  }
  await page.close();
  return { first, heapMB: usedSize / 2 ** 20, changes };
}

function bundleSizes() {
  const dir = join('dist', 'assets');
  const sizes = { app: 0, maplibre: 0, worker: 0, geoparser: 0, pmtiles: 0 };
  for (const file of readdirSync(dir).filter((f) => /\.m?js$/.test(f))) {
    const gz = gzipSync(readFileSync(join(dir, file))).length;
    if (file.startsWith('geoparse.worker')) sizes.geoparser += gz;
    else if (file.startsWith('maplibre-gl-worker')) sizes.worker += gz;
    else if (file.startsWith('maplibre')) sizes.maplibre += gz;
    else if (file.startsWith('pmtiles')) sizes.pmtiles += gz;
    else sizes.app += gz;
  }
  return sizes;
}

const stop = await startPreview();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  const seeds = await measureSeeds(browser);
  const synthetic = await measureSynthetic(browser);
  const sizes = bundleSizes();
  console.log('Explorer benchmark (headless Chromium, production build)');
  console.log(`  seeds: first full map           median ${fmt(median(seeds))}  (runs: ${seeds.map(fmt).join(', ')})`);
  console.log(`  ${SYNTHETIC.toLocaleString('en')} mentions: first full map   ${fmt(synthetic.first)}`);
  const shown = synthetic.changes.map((c) => c.shown);
  const idle = synthetic.changes.map((c) => c.idle);
  console.log(`  ${SYNTHETIC.toLocaleString('en')} mentions: filter → points drawn  median ${fmt(median(shown))}  (runs: ${shown.map(fmt).join(', ')})`);
  console.log(`  ${SYNTHETIC.toLocaleString('en')} mentions: filter → map idle      median ${fmt(median(idle))}  (runs: ${idle.map(fmt).join(', ')})`);
  console.log(`  ${SYNTHETIC.toLocaleString('en')} mentions: JS heap          ${synthetic.heapMB.toFixed(1)} MB`);
  console.log(
    `  JS gzip: app ${(sizes.app / 1024).toFixed(1)} kB, MapLibre ${(sizes.maplibre / 1024).toFixed(1)} kB, MapLibre worker ${(sizes.worker / 1024).toFixed(1)} kB, geoparsing worker ${(sizes.geoparser / 1024).toFixed(1)} kB, PMTiles reader ${(sizes.pmtiles / 1024).toFixed(1)} kB`,
  );
} finally {
  await browser.close();
  stop();
}
