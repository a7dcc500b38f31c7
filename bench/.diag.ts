import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const PORT = 4182; const BASE = `http://127.0.0.1:${PORT}/`;
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true, cwd: '/work/main' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', ...(process.argv[3] ? process.argv[3].split(' ') : [])] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript(() => {
  const log: string[] = ((window as any).__log = []);
  const iv = setInterval(() => {
    const map = (window as any).__map;
    if (!map) return;
    clearInterval(iv);
    log.push(`map ${performance.now().toFixed(0)}`);
    map.on('sourcedata', (e: any) => { if (e.isSourceLoaded && e.sourceDataType !== 'metadata') log.push(`src ${e.sourceId} ${performance.now().toFixed(0)}`); });
    map.on('styledata', () => log.push(`styledata ${performance.now().toFixed(0)}`));
    map.on('load', () => log.push(`load ${performance.now().toFixed(0)}`));
    map.on('render', () => { if (log.filter((l) => l.startsWith('render')).length < 3) log.push(`render ${performance.now().toFixed(0)}`); });
    map.on('idle', () => log.push(`idle ${performance.now().toFixed(0)}`));
  }, 5);
});
await page.goto(BASE + (process.argv[2] ?? ''));
await page.waitForFunction(() => performance.getEntriesByName('explorer:first-map').length > 0, undefined, { timeout: 120000 });
const r = await page.evaluate(() => ({
  log: (window as any).__log,
  first: performance.getEntriesByName('explorer:first-map')[0]!.startTime,
  dcl: performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventEnd,
  res: performance.getEntriesByType('resource').map((e) => `${e.name.replace(location.origin, '')} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`),
  gl: (() => { const c = document.createElement('canvas').getContext('webgl2'); const d = c?.getExtension('WEBGL_debug_renderer_info'); return d ? c!.getParameter(d.UNMASKED_RENDERER_WEBGL) : 'n/a'; })(),
}));
console.log(JSON.stringify(r, null, 1));
await browser.close(); process.kill(-server.pid!);
