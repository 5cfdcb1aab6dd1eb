import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { systemClock } from '../../server/clock.js';
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

let last = performance.now();
let longest = 0;
setInterval(() => {
  const now = performance.now();
  longest = Math.max(longest, now - last - tickMs);
  last = now;
}, tickMs);

process.on('message', (message: string) => {
  if (message === 'reset') {
    longest = 0;
    last = performance.now();
    process.send?.({ reset: true });
  } else if (message === 'report') {
    process.send?.({ longestStallMs: Math.round(longest) });
  } else if (message === 'stop') {
    void server.close().then(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  }
});
process.send?.({ url, token });
