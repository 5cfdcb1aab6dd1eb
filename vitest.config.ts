import { defineConfig } from 'vitest/config';

/** Tests that drive Firefox ESR or WebKitGTK: their own project, so Chromium's fork never loads those drivers. */
const engineFiles = ['tests/e2e/threeEngines.test.ts', 'tests/e2e/firstInstall.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: engineFiles,
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Browsers and server processes compete for two cores; one file at a time keeps them honest.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
      {
        test: {
          // Firefox and WebKit (puppeteer-core, webdriverio, xvfb): a fork of their own, so the
          // Chromium tests' fork never loads those drivers.
          name: 'engines',
          include: engineFiles,
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
