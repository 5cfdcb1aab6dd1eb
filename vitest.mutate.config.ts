import { defineConfig } from 'vitest/config';
import { mutationArea } from './tests/mutation/areas.mjs';

/**
 * The tests mutation testing (`npm run mutate`, stryker.config.mjs) runs against each mutant:
 * unit and integration, in this process. Left out: the ones that start child processes (a mutant
 * is switched on inside the test process only, so they would test the original code, slowly) and
 * the e2e suite (browsers), and the phone-zone tests (see below). MUTATE_TESTS=unit narrows it to the unit tests for a quick run.
 */
const unitOnly = process.env.MUTATE_TESTS === 'unit';
// MUTATE_AREA (tests/mutation/areas.mjs) runs only the tests of one area.
const area = mutationArea(process.env.MUTATE_AREA);
const unitIncludes = area ? area.unit.map((name) => `tests/unit/${name}.test.ts`) : ['tests/unit/**/*.test.ts'];
const integrationIncludes = area ? area.integration.map((name) => `tests/integration/${name}.test.ts`) : ['tests/integration/**/*.test.ts'];
const inOtherProcesses = ['tests/integration/benchSmoke.test.ts', 'tests/integration/outboxAfterCrash.test.ts'];
// Stryker runs tests in worker threads, where setting process.env.TZ does not move the clock's zone.
const phoneZones = ['tests/unit/timeZones.test.ts', 'tests/unit/bookmarkIcs.test.ts'];

export default defineConfig({
  test: {
    projects: [
      // Instrumented code runs slower: the property tests get the integration tests' time.
      { test: { name: 'unit', include: unitIncludes, exclude: phoneZones, testTimeout: 60_000, env: { SYNC_PROPERTY_RUNS: '8' } } },
      ...(unitOnly
        ? []
        : [
            {
              test: {
                name: 'integration',
                include: integrationIncludes,
                exclude: inOtherProcesses,
                testTimeout: 60_000,
                hookTimeout: 60_000,
              },
            },
          ]),
    ],
  },
});
