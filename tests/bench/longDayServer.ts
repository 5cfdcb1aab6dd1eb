import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { systemClock } from '../../server/kernel/clock.js';
import { createServer, defaultServerConfig } from '../../server/createServer.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { defaultRateLimits, type Limit, type RateLimitConfig } from '../../server/kernel/rateLimits.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { hostToken } from '../support/testServer.js';
import { localDate } from '../../shared/time.js';
import { commitLongDay, type MixOutcome } from './longDayMix.js';

/**
 * A server of the long-day section, in its own process (run with --expose-gc): on the SQLite file
 * given, either committing a long day's changes first (`commit <changes>`) or only starting on
 * what the file holds (`start`). It reports when it listens; the parent then asks for its memory
 * after a forced GC and times requests over HTTP.
 */
const [filename, mode, changes] = process.argv.slice(2);
if (!filename || (mode !== 'commit' && mode !== 'start')) throw new Error('usage: longDayServer.ts <file> commit <changes> | start');
// A phone's limits are not what this measures: 5,000 phones' day goes through in a minute here.
const unlimited = ([count, seconds]: Limit): Limit => [count * 1000, seconds];
const rateLimits: RateLimitConfig = {
  ...defaultRateLimits,
  askPerDevice: unlimited(defaultRateLimits.askPerDevice),
  askPerAddress: unlimited(defaultRateLimits.askPerAddress),
  votePerDevice: unlimited(defaultRateLimits.votePerDevice),
  votePerAddress: unlimited(defaultRateLimits.votePerAddress),
  staffPerToken: unlimited(defaultRateLimits.staffPerToken),
};

const store = createSqliteStore({ filename });
await loadProgrammeIfEmpty(store.log, systemClock, () => loadDemoEvent(localDate(new Date(), 'Europe/Berlin')), loadDemoStands);
const started = performance.now();
const server = await createServer({ store, clock: systemClock, config: { rateLimits } });
const startMs = Math.round(performance.now() - started);
const mix: MixOutcome | null = mode === 'commit' ? await commitLongDay(server, Number(changes)) : null;
server.runtime.parts.questions.own.counts.flush();
await server.runtime.pipeline.idle();
const stands = Object.keys(server.live.state().stands);
const hostTokens: string[] = [];
for (const standId of stands.slice(0, 2)) hostTokens.push(await hostToken(server, standId));
const { url } = await server.listen(0, '127.0.0.1');

function memory(): { rssBytes: number; heapUsedBytes: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 4; i += 1) gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssBytes: rss, heapUsedBytes: heapUsed };
}

process.on('message', (message: string) => {
  if (message === 'memory') process.send?.(memory());
  else if (message === 'stop') void server.close().then(async () => {
    await store.close();
    process.exit(0);
  });
});
process.send?.({ url, hostTokens, seq: server.live.seq(), retention: defaultServerConfig.retention, kept: server.live.kept(), startMs, mix });
