import { randomUUID } from 'node:crypto';
import type { Dispatch } from '../../server/kernel/dispatcher.js';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { systemClock } from '../../server/kernel/clock.js';
import { createServer } from '../../server/createServer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { localDate } from '../../shared/time.js';
import { attachBareSocketIo, attachBareWs } from './bareServers.js';
import { largeEvent, standProfile } from './largeEvent.js';
import { emitEvent, serveRpc } from './procs.js';
import { sqliteInsertRate } from './sqliteBaseline.js';

/**
 * One server under test, in its own process (pinned by the parent): `app` is the real server from
 * `createServer` on a temporary SQLite file; the others are the baselines. The parent drives it
 * over IPC: CPU time, RSS after GC, the longest event-loop stall.
 */
const { values } = parseArgs({
  options: {
    variant: { type: 'string', default: 'app' },
    'client-dir': { type: 'string' },
    /** demo, large (800 sessions, 100 stands) or big-day (1,000 sessions, 100 stands with full profiles). */
    programme: { type: 'string', default: 'demo' },
    'vote-flush-ms': { type: 'string', default: '250' },
    /** A postgres:// URL: the app keeps its log there instead of the SQLite file (the cluster section). */
    'database-url': { type: 'string' },
  },
});
const dir = mkdtempSync(join(tmpdir(), 'ortstermin-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Generous enough that the benchmark measures the server, not the rate limiter. */
const unlimited = [1_000_000, 1] as const;
const benchRateLimits = {
  anyPerDevice: unlimited,
  askPerDevice: unlimited,
  askPerAddress: unlimited,
  votePerDevice: unlimited,
  votePerAddress: unlimited,
  deviceIdsPerAddress: unlimited,
  syncPerDevice: unlimited,
  syncPerAddress: unlimited,
  socketsPerAddress: Number.MAX_SAFE_INTEGER,
  staffPerToken: unlimited,
};

function listen(httpServer: HttpServer): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    // A storm of thousands of connects overflows Node's default backlog of 511 (SYNs dropped, 1 s retries).
    httpServer.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
      const address = httpServer.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

async function start(): Promise<Record<string, unknown>> {
  if (values.variant === 'sqlite') return {};
  if (values.variant === 'bare-socketio' || values.variant === 'bare-ws') {
    // A device asks for an id first (POST /api/device); a baseline has none to give and says so at
    // once. Unanswered, each device waited 5 s for its time-out: 140 s per round at N = 5,000.
    const httpServer = createHttpServer((_request, response) => void response.writeHead(404).end());
    (values.variant === 'bare-ws' ? attachBareWs : attachBareSocketIo)(httpServer);
    return { port: await listen(httpServer) };
  }
  const databaseUrl = values['database-url'];
  const store = databaseUrl ? await createPostgresStore(databaseUrl) : createSqliteStore({ filename: join(dir, 'app.db'), synchronous: 'FULL' });
  const today = localDate(new Date(), 'Europe/Berlin');
  const programme = () => (values.programme === 'large' ? largeEvent(today) : values.programme === 'big-day' ? largeEvent(today, 'Europe/Berlin', 1000) : loadDemoEvent(today));
  await loadProgrammeIfEmpty(store.log, systemClock, programme);
  const server = await createServer({
    store,
    clock: systemClock,
    config: { rateLimits: benchRateLimits, voteFlushMs: Number(values['vote-flush-ms']), clientDir: values['client-dir'] ?? null },
  });
  if (values.programme === 'big-day') await fillProfiles(server.dispatch);
  const { code } = (await server.access.createCode({ role: 'moderator', label: 'bench moderator' }));
  const moderatorToken = (await server.access.redeem(code))?.token;
  return { port: await listen(server.httpServer), moderatorToken, seq: server.live.seq() };
}

/** The big day's 100 stands, each with the profile its host wrote. */
async function fillProfiles(dispatch: Dispatch): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const result = await dispatch({ role: 'organizer' }, { id: randomUUID(), type: 'stand:edit-profile', payload: standProfile(i) });
    if (!result.ok) throw new Error(`stand profile ${i + 1} refused: ${JSON.stringify(result)}`);
  }
}

let loop: IntervalHistogram | null = null;
const resolutionMs = 2;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

serveRpc({
  cpu: () => {
    const { user, system } = process.cpuUsage();
    return { cpuUs: user + system, rss: process.memoryUsage.rss() };
  },
  /**
   * Memory after full collections, once RSS has settled (two readings within 0.5 %, at most eight
   * rounds): the idle baseline and the loaded figure are taken the same way. `heap` is what the
   * JavaScript side holds (heap used, external and array buffers), which page reuse does not blur.
   */
  gcMemory: async () => {
    let rss = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 8; i += 1) {
      gc();
      await new Promise((r) => setTimeout(r, 100));
      const now = process.memoryUsage.rss();
      const settled = Math.abs(now - rss) < rss * 0.005;
      rss = now;
      if (settled) break;
    }
    // `external` counts the array buffers (socket buffers among them) already.
    const { heapUsed, external } = process.memoryUsage();
    return { rss, heap: heapUsed + external };
  },
  loopStart: () => {
    loop = monitorEventLoopDelay({ resolution: resolutionMs });
    loop.enable();
  },
  /** The longest gap between two turns of the loop beyond the sampling interval, in ms. */
  loopStop: () => {
    loop?.disable();
    const max = loop ? loop.max / 1e6 - resolutionMs : 0;
    loop = null;
    return Math.max(0, max);
  },
  sqliteInsert: ({ count }: { count: number }) => sqliteInsertRate(dir, count, 'FULL'),
});

emitEvent('ready', await start());
