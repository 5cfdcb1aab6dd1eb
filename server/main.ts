import { join } from 'node:path';
import { localDate } from '../shared/time.js';
import { staffLink } from './access/accessRoutes.js';
import { ensureStaffCodes, loadProgrammeIfEmpty } from './bootstrap.js';
import { systemClock } from './clock.js';
import { readConfig } from './config.js';
import { createServer, type OrtsterminServer } from './createServer.js';
import { loadDemoEvent, loadDemoStands } from './demo/loadDemoEvent.js';
import { exitWithStartupProblem } from './startupProblems.js';
import { createSqliteStore } from './store/sqliteStore.js';
import type { Store } from './store/store.js';

// Everything the server writes (database, its journal, the staff codes) is for the operator only.
process.umask(0o077);
const config = readConfig();
const clock = systemClock;

async function start(): Promise<{ store: Store; server: OrtsterminServer }> {
  const store = createSqliteStore({ filename: join(config.dataDir, 'ortstermin.db') });
  const demoDate = config.demoDate ?? localDate(new Date(clock.now()), 'Europe/Berlin');
  loadProgrammeIfEmpty(store, clock, () => loadDemoEvent(demoDate), loadDemoStands);

  const server = createServer({
    store,
    clock,
    config: { clientDir: config.clientDir, extraOrigins: config.extraOrigins, publicUrl: config.publicUrl ?? null },
  });
  const { url } = await server.listen(config.port, config.host);
  const baseUrl = config.publicUrl ?? url;
  const codes = ensureStaffCodes(server.access, config.dataDir);

  console.log(`Attendees: ${baseUrl}/`);
  console.log(`Organizer: ${staffLink(baseUrl, codes.organizer)}`);
  console.log(`Moderator: ${staffLink(baseUrl, codes.moderator)}`);
  return { store, server };
}

const { store, server } = await start().catch((error: unknown) => exitWithStartupProblem(error, config.dataDir));

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  store.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
