import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ensureClientBuild } from './ensureClientBuild.js';

/**
 * Runs every suite and ends with the line `N passed, N failed` that CI reads. Extra arguments go to
 * one vitest run (e.g. `--project unit`). Without them, two vitest runs side by side: the browser
 * tests, one file at a time (the longest path), and beside them the unit and integration tests, one
 * file at a time. Vitest alone takes one worker on two cores, which ran them all in a row.
 */
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

interface Run {
  name: string;
  args: string[];
  /** Streamed as it runs; otherwise kept in a file and printed in one block when the run ends. */
  live: boolean;
}

const summary = z.object({ numPassedTests: z.number(), numFailedTests: z.number() });
type Counts = z.infer<typeof summary> & { status: number };

function runVitest(run: Run): Promise<Counts> {
  const report = join(results, `vitest-${run.name}.json`);
  rmSync(report, { force: true });
  const args = [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...run.args];
  const logFile = join(results, `vitest-${run.name}.log`);
  const child = spawn(process.execPath, args, { cwd: root, stdio: run.live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  // A stopped test run stops both vitest runs (and they their servers and browsers).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => child.kill(signal));
  if (!run.live) {
    const log = createWriteStream(logFile);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  return new Promise((done) => {
    child.on('close', (code) => {
      if (!run.live) process.stdout.write(`\n===== ${run.name} (kept in ${logFile}) =====\n${readFileSync(logFile, 'utf8')}\n===== end of ${run.name} =====\n`);
      const parsed = existsSync(report) ? summary.safeParse(JSON.parse(readFileSync(report, 'utf8'))) : null;
      // No report means vitest itself failed: count that as one failure.
      done(parsed?.success ? { ...parsed.data, status: code ?? 1 } : { numPassedTests: 0, numFailedTests: 1, status: code ?? 1 });
    });
  });
}

const extra = process.argv.slice(2);
// Built once before the runs start: both serve it, and two builds at once would empty each other's folder.
await ensureClientBuild();
const runs: Run[] = extra.length
  ? [{ name: 'selected', args: extra, live: true }]
  : [
      { name: 'browsers', args: ['--project', 'e2e'], live: true },
      // Firefox, WebKit and a Chromium file run beside the unit and integration tests, so that both runs take about as long.
      {
        name: 'unit-integration',
        args: ['unit', 'unit-isolated', 'integration', 'integration-isolated', 'engines', 'e2e-beside'].flatMap((project) => ['--project', project]),
        live: false,
      },
    ];
const counts = await Promise.all(runs.map(runVitest));
const passed = counts.reduce((sum, c) => sum + c.numPassedTests, 0);
const failed = counts.reduce((sum, c) => sum + c.numFailedTests, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || counts.some((c) => c.status !== 0) ? 1 : 0);
