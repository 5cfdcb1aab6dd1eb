import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Runs every suite (unit, integration, e2e) in one vitest run and ends with the line
 * `N passed, N failed` that CI reads. Extra arguments go to vitest (e.g. `--project unit`).
 */
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const report = join(root, 'test-results/vitest.json');
mkdirSync(join(root, 'test-results'), { recursive: true });
rmSync(report, { force: true });

const vitest = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

const summary = z.object({ numPassedTests: z.number(), numFailedTests: z.number(), numPendingTests: z.number().optional() });
const counts = existsSync(report) ? summary.safeParse(JSON.parse(readFileSync(report, 'utf8'))) : null;
if (!counts?.success) {
  console.log('0 passed, 1 failed');
  process.exit(vitest.status || 1);
}
const { numPassedTests: passed, numFailedTests: failed } = counts.data;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || vitest.status !== 0 ? 1 : 0);
