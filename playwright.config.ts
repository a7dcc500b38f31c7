import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run their e2e tests side by side
const PORT = Number(process.env.E2E_PORT ?? 4173);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Chromium draws WebGL in software here: two browsers on two cores starve each other, so CI runs one
  workers: process.env.CI ? 1 : 2,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath,
          // the sandbox needs user namespaces, which containers running as root lack
          args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
        },
      },
    },
  ],
  // the production build, as users get it: `npm run test:e2e` builds first
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
