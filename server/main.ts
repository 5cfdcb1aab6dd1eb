import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { neutralEvent } from '../shared/demo.js';
import { localDate, zonedInstant } from '../shared/time.js';
import { prepareFirstStart, type FirstContent } from './firstStart.js';
import { systemClock } from './kernel/clock.js';
import { readConfig } from './config.js';
import { createServer } from './createServer.js';
import { loadDemoEvent, loadDemoStands } from './demo/loadDemoEvent.js';
import { exitWithStartupProblem } from './startupProblems.js';
import { createSqliteStore } from './store/sqliteStore.js';
import { createPostgresStore } from './store/postgresStore.js';
import { parseTrustProxy } from './kernel/clientAddress.js';
import { createLogger } from './kernel/logger.js';
import { stopOnSignals } from './ops/gracefulStop.js';
import { announceRunning } from './ops/runningMark.js';
import { startRedirectServer } from './ops/redirectServer.js';
import { staffBanner } from './staffBanner.js';
import { hardenStaffCodesFile } from './ops/staffCodesFile.js';
import { insecureUrlWarning, terminalQr } from './ops/startBanner.js';
import { loadTlsFiles } from './ops/tls.js';

// Everything the server writes (database, its journal, the staff codes) is for the operator only.
process.umask(0o077);

/** A configuration mistake ends the start with one clear line, not a stack trace. */
function exitWith(error: unknown): never {
  console.error(`Ortstermin cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
function orExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    exitWith(error);
  }
}

const config = orExit(readConfig);
const tls = orExit(() => config.tls && loadTlsFiles(config.tls));
const trustProxy = orExit(() => parseTrustProxy(config.trustProxy));
const metricsAllow = orExit(() => parseTrustProxy(config.metricsAllow));
const log = createLogger(config.logLevel);
const clock = systemClock;

/** The demo (default), or for a real event an empty one the organizer names and fills (ORTSTERMIN_DEMO=off). */
function firstContent(day: string): FirstContent {
  if (config.demo) return { demo: true, programme: () => loadDemoEvent(day), stands: loadDemoStands };
  const zone = 'Europe/Berlin';
  const event = neutralEvent({ timeZone: zone, startsAt: zonedInstant(day, '09:00', zone), endsAt: zonedInstant(day, '17:00', zone) });
  return { demo: false, programme: () => ({ event, rooms: [], sessions: [], stands: [] }) };
}

async function start() {
  // Made on every path, not by SQLite alone: with DATABASE_URL the folder still holds staff-codes.json (umask: 0700).
  mkdirSync(config.dataDir, { recursive: true });
  // Before anything listens: a damaged or unreadable staff-codes.json ends the start, named (staffCodesFile.ts).
  hardenStaffCodesFile(config.dataDir);
  const database = join(config.dataDir, 'ortstermin.db');
  const store = config.databaseUrl ? await createPostgresStore(config.databaseUrl) : createSqliteStore({ filename: database });
  // `npm run backup` copies only a database a running server announces (PostgreSQL's is named by its URL).
  const forgetRunning = config.databaseUrl ? () => {} : announceRunning(config.dataDir, database);
  const firstDay = config.demoDate ?? localDate(new Date(clock.now()), 'Europe/Berlin');
  const first = await prepareFirstStart(store, clock, firstContent(firstDay));

  const server = await createServer({
    store,
    clock,
    config: {
      clientDir: config.clientDir,
      uploadLimits: config.uploadLimits,
      extraOrigins: config.extraOrigins,
      publicUrl: config.publicUrl ?? null,
      tls,
      trustProxy,
      metricsAccess: { token: config.metricsToken, allow: metricsAllow },
      log,
    },
  });
  const { url, port } = await server.listen(config.port, config.host);
  const redirect =
    tls && config.httpRedirectPort !== undefined
      ? await startRedirectServer({ port: config.httpRedirectPort, host: config.host, httpsPort: port, publicUrl: config.publicUrl ?? null })
      : null;
  const baseUrl = config.publicUrl ?? url;
  const staffLines = staffBanner({ codes: first.codes, baseUrl, dataDir: config.dataDir, now: new Date(clock.now()).toISOString() });

  const warning = insecureUrlWarning(baseUrl);
  if (warning) console.warn(warning);
  console.log(await terminalQr(`${baseUrl}/`));
  for (const line of staffLines) console.log(line);
  // Last: tests and scripts take this line as "started".
  console.log(`Attendees: ${baseUrl}/`);
  return { store, server, redirect, forgetRunning };
}

const { store, server, redirect, forgetRunning } = await start().catch((error: unknown) => exitWithStartupProblem(error, config.dataDir));

stopOnSignals({
  stop: async () => {
    redirect?.close();
    await server.shutdown();
    await store.close();
    forgetRunning();
  },
  log,
});
