import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests share one module registry (importing the server's and client's modules once instead
 * of once per file is most of their time); a file that mocks a module, stubs a global, reads the
 * environment or fakes timers keeps a registry of its own, so nothing it changes reaches another.
 */
const unitFiles = readdirSync('tests/unit').filter((name) => name.endsWith('.test.ts')).map((name) => `tests/unit/${name}`);
const changesTheProcess = (file: string) => /\bvi\.|process\.env|globalThis\./.test(readFileSync(file, 'utf8'));
const isolatedUnitFiles = unitFiles.filter(changesTheProcess);
const integrationFiles = readdirSync('tests/integration').filter((name) => name.endsWith('.test.ts')).map((name) => `tests/integration/${name}`);
const isolatedIntegrationFiles = integrationFiles.filter(changesTheProcess);

/** Tests that drive Firefox ESR or WebKitGTK: their own project, so Chromium's fork never loads those drivers. */
const engineFiles = ['tests/e2e/threeEngines.test.ts', 'tests/e2e/firstInstall.test.ts'];
/** Chromium tests `npm test` runs beside the unit and integration tests, so that both of its runs take about as long. */
const besideFiles = ['tests/e2e/organizerImport.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: isolatedUnitFiles,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true, isolate: false } },
        },
      },
      {
        test: { name: 'unit-isolated', include: isolatedUnitFiles },
      },
      {
        test: {
          // As the unit tests: the server's modules imported once for all files that leave the process as it was.
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: isolatedIntegrationFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true, isolate: false } },
        },
      },
      {
        test: {
          name: 'integration-isolated',
          include: isolatedIntegrationFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: [...engineFiles, ...besideFiles],
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
          name: 'e2e-beside',
          include: besideFiles,
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
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
