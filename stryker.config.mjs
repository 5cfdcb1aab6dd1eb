// @ts-check
import { mutationArea } from './tests/mutation/areas.mjs';

const areaName = process.env.MUTATE_AREA;
const area = mutationArea(areaName);
/**
 * Mutation testing: `npm run mutate`. Small deliberate mistakes (mutants) are made in the code users
 * rely on most, one at a time, and the unit and integration tests run against each; a mutant no
 * test notices is a promise nobody checks. Not part of `npm test` (it takes long); the report is
 * written to reports/mutation/ (gitignored). Incremental: a rerun only tests what changed.
 * Narrow a run with e.g. `npm run mutate -- --mutate 'client/sync/**\/*.ts'` and MUTATE_TESTS=unit, or run
 * one area with its own tests: `MUTATE_AREA=access npm run mutate` (tests/mutation/areas.mjs).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // related: vitest's module graph misses tests that reach code over the network (the server); coverage picks the tests.
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: area ? area.mutate : ['shared/**/*.ts', 'server/kernel/**/*.ts', 'client/sync/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Module-level code (the zod schemas, tables) needs every test rerun per mutant: hours on two cores.
  ignoreStatic: true,
  // The machine's two cores are shared: never more than two test processes.
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/mutation/${areaName ? `${areaName}.` : ''}stryker-incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${areaName || 'mutation'}.html` },
  jsonReporter: { fileName: `reports/mutation/${areaName || 'mutation'}.json` },
  tempDirName: '.stryker-tmp',
  timeoutMS: 20_000,
  thresholds: { high: 80, low: 60, break: null },
};
