import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { systemClock } from '../../server/kernel/clock.js';
import { createServer } from '../../server/createServer.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';

/**
 * The server of the benchmark's import section, in its own process: a real SQLite file and the
 * demo event, plus a watch on its own event loop. A timer asks to run every 5 ms; how late it
 * runs is how long the loop was blocked. The parent resets and reads the longest stall over IPC.
 */
const tickMs = 5;
const dir = mkdtempSync(join(tmpdir(), 'ortstermin-bench-import-'));
const store = createSqliteStore({ filename: join(dir, 'bench.db') });
await loadProgrammeIfEmpty(store.log, systemClock, () => loadDemoEvent('2026-12-27'), loadDemoStands);
const server = await createServer({ store, clock: systemClock });
const { code } = (await server.access.createCode({ role: 'organizer', label: 'bench' }));
const token = (await server.access.redeem(code))?.token;
const { url } = await server.listen(0, '127.0.0.1');

/**
 * The main thread's CPU time (Linux: utime + stime of this thread, in 10 ms ticks), or null. On a
 * shared machine a late timer may only mean no core was free; the CPU the loop spent between two
 * ticks is the part of a stall the server itself caused.
 */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

let last = performance.now();
let lastCpu = mainThreadCpuMs();
let longest = 0;
let longestCpu = 0;
setInterval(() => {
  const now = performance.now();
  const cpu = mainThreadCpuMs();
  longest = Math.max(longest, now - last - tickMs);
  if (cpu !== null && lastCpu !== null) longestCpu = Math.max(longestCpu, cpu - lastCpu);
  [last, lastCpu] = [now, cpu];
}, tickMs);

process.on('message', (message: string) => {
  if (message === 'reset') {
    [longest, longestCpu] = [0, 0];
    [last, lastCpu] = [performance.now(), mainThreadCpuMs()];
    process.send?.({ reset: true });
  } else if (message === 'report') {
    process.send?.({ longestStallMs: Math.round(longest), longestStallCpuMs: mainThreadCpuMs() === null ? null : longestCpu });
  } else if (message === 'stop') {
    void server.close().then(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  }
});
process.send?.({ url, token });
