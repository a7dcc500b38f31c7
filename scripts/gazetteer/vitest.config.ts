// The project's vite.config.ts runs src/**/*.test.ts only; this config runs the gazetteer build's
// tests: npx vitest run --config scripts/gazetteer/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    include: ['scripts/gazetteer/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
