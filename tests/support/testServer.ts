import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { createServer, type OrtsterminServer, type ServerConfig } from '../../server/createServer.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import type { Store } from '../../server/kernel/store.js';
import type { AccessService } from '../../server/access/accessService.js';
import { createFakeClock, type FakeClock } from './fakeClock.js';

/** The demo event on a fixed day, so tests know what is "now". */
export const demoDay = '2026-05-14';

/** A stand host's token for `standId`: a new code made and redeemed, as a host's phone does (`access` of a server or of one event). */
export async function hostToken(where: { access: AccessService }, standId: string): Promise<string> {
  const { code } = await where.access.createCode({ role: 'host', standId, label: `Stand ${standId}` });
  const redeemed = await where.access.redeem(code);
  if (!redeemed) throw new Error(`the new code for stand ${standId} did not redeem`);
  return redeemed.token;
}

export function newStore(filename = ':memory:'): Store {
  return createSqliteStore({ filename });
}

export interface TestApp {
  server: OrtsterminServer;
  store: Store;
  clock: FakeClock;
  moderatorToken: string;
  organizerToken: string;
}

/** A server with a fresh in-memory store and the demo event, not listening: for `fetch` tests. */
export async function createTestApp(options: { store?: Store; config?: Partial<ServerConfig>; clock?: FakeClock } = {}): Promise<TestApp> {
  const store = options.store ?? newStore();
  const clock = options.clock ?? createFakeClock();
  await loadProgrammeIfEmpty(store.log, clock, () => loadDemoEvent(demoDay), loadDemoStands);
  const server = await createServer({ store, clock, config: options.config });
  const token = async (role: 'moderator' | 'organizer') => {
    const { code } = await server.access.createCode({ role, label: `test ${role}` });
    const redeemed = await server.access.redeem(code);
    if (!redeemed) throw new Error('fresh code did not redeem');
    return redeemed.token;
  };
  return { server, store, clock, moderatorToken: await token('moderator'), organizerToken: await token('organizer') };
}

export interface RunningApp extends TestApp {
  url: string;
  close(): Promise<void>;
}

/** The same on a free port on loopback, for real socket clients. */
export async function startTestServer(options: { store?: Store; config?: Partial<ServerConfig>; clock?: FakeClock } = {}): Promise<RunningApp> {
  const app = await createTestApp(options);
  const { url } = await app.server.listen(0, '127.0.0.1');
  return {
    ...app,
    url,
    close: async () => {
      await app.server.close();
      await app.store.close();
    },
  };
}

export function tempDir(prefix = 'ortstermin-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
