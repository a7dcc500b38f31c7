import { expect, test } from '@playwright/test';
import { jumpTo, openExplorer, renderedPoints } from './helpers.ts';

/**
 * The nine card places, with their coordinates from the seed annotations, the zoom to
 * look at them, and how far the drawn point may lie (the evaluation's tolerance for the grain).
 */
const CARD_PLACES = [
  { name: 'Mosul', keys: ['mosul'], lat: 36.335, lon: 43.11889, zoom: 11, km: 20 },
  { name: 'Old City of Mosul', keys: ['old city', 'thanh co'], lat: 36.34306, lon: 43.12667, zoom: 14, km: 4 },
  { name: 'Shifa', keys: ['shifa'], lat: 36.34737, lon: 43.12059, zoom: 14, km: 4 },
  { name: 'Raqqa', keys: ['raqqa'], lat: 35.95283, lon: 39.00788, zoom: 11, km: 20 },
  { name: 'Albu Kamal', keys: ['albu kamal', 'abu kamal', 'bukamal'], lat: 34.45226, lon: 40.91854, zoom: 11, km: 20 },
  { name: 'Deir ez-Zor', keys: ['deir ez', 'deir ezzor', 'dayr az'], lat: 35.0736, lon: 40.275, zoom: 6, km: 150 },
  { name: 'Kokjali', keys: ['kokjali', 'gogjali'], lat: 36.352, lon: 43.215, zoom: 14, km: 4 },
  { name: 'Silopi', keys: ['silopi'], lat: 37.24379, lon: 42.46345, zoom: 11, km: 20 },
  { name: 'Tal Afar', keys: ['tal afar', 'tall afar', 'telafer'], lat: 36.37913, lon: 42.44806, zoom: 11, km: 20 },
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

test('the nine card places are drawn at their coordinates', async ({ page }) => {
  // nine camera moves, each waiting for the map to settle
  test.setTimeout(180_000);
  await openExplorer(page);
  for (const place of CARD_PLACES) {
    await jumpTo(page, place.lon, place.lat, place.zoom);
    const points = await renderedPoints(page);
    const named = points.filter((p) => p.name && place.keys.some((key) => fold(p.name!).includes(key)));
    // soft: one missing place must not hide how the others fare
    expect.soft(named.length, `${place.name}: a point named like it among ${points.map((p) => p.name ?? 'cluster').join(', ')}`).toBeGreaterThan(0);
    if (!named.length) continue;
    const nearest = Math.min(...named.map((p) => km(place.lat, place.lon, p.lat, p.lon)));
    expect.soft(nearest, `${place.name}: km from its coordinates`).toBeLessThanOrEqual(place.km);
  }
});
