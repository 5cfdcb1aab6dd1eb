import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccessService } from '../../server/access/accessService.js';
import { createDeviceIds } from '../../server/access/deviceIds.js';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { eventFeatures } from '../../server/features.js';
import { trustNoProxy } from '../../server/kernel/clientAddress.js';
import { EventRuntime } from '../../server/kernel/eventRuntime.js';
import { silentLogger } from '../../server/kernel/logger.js';
import { createRateLimits, defaultRateLimits } from '../../server/kernel/rateLimits.js';
import type { Store } from '../../server/kernel/store.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { attachSocketServer, createSocketIo, serveEventSockets } from '../../server/transport/socketServer.js';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';
import { createFakeClock } from '../support/fakeClock.js';
import { TestDevice } from '../support/socketClient.js';
import { demoDay, newStore } from '../support/testServer.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const moderator: Actor = { role: 'moderator' };
const namespaces = ['/', '/zweiter-termin'] as const;

/** One installation (HTTP server, Socket.IO server, device ids, access codes) with one runtime per store. */
async function installation(stores: readonly [Store, Store]) {
  const clock = createFakeClock();
  const io = createSocketIo();
  const httpServer = createHttpServer();
  attachSocketServer(io, httpServer, { isAllowedOrigin: () => true, trustProxy: trustNoProxy });
  const deviceIds = createDeviceIds(await stores[0].log.serverKey('device-ids'), defaultRateLimits.deviceIdsPerAddress);
  const access = createAccessService(stores[0].access, clock);
  const rateCheck = createRateLimits(defaultRateLimits);
  const runtimes = await Promise.all(
    stores.map(async (store, i) => {
      await loadProgrammeIfEmpty(store.log, clock, () => loadDemoEvent(demoDay), loadDemoStands);
      const sockets = io.of(namespaces[i]!);
      const runtime = await EventRuntime.open({
        store, clock, io: sockets, limits: defaultRateLimits, rateCheck, retention: 1000, coalesceMs: 20, logger: silentLogger, features: eventFeatures,
      });
      serveEventSockets(sockets, { runtime, access, clock, deviceIds, syncPerSocket: defaultRateLimits.syncPerSocket, trustProxy: trustNoProxy });
      return runtime;
    }),
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  if (typeof address !== 'object' || !address) throw new Error('not listening');
  const base = `http://127.0.0.1:${address.port}`;
  const phone = async (event: 0 | 1) => {
    const issued = await deviceIds.issue('127.0.0.1');
    if (!('deviceId' in issued)) throw new Error('no device id');
    return new TestDevice(`${base}${namespaces[event] === '/' ? '' : namespaces[event]}`, { deviceId: issued.deviceId }).connect();
  };
  const run = <K extends CommandType>(event: 0 | 1, actor: Actor, type: K, payload: CommandPayload<K>) =>
    runtimes[event]!.dispatch(actor, { id: randomUUID(), type, payload });
  const close = async () => {
    for (const runtime of runtimes) await runtime.stop();
    await new Promise<void>((resolve) => void io.close(() => resolve()));
    for (const store of stores) await store.close();
  };
  return { runtimes, phone, run, close };
}

const until = async (check: () => boolean, what: string) => {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

type Installation = Awaited<ReturnType<typeof installation>>;

function twoRuntimeTests(name: string, twoStores: () => Promise<[Store, Store]>) {
  describe(`two event runtimes in one process (${name})`, () => {
    let open: Installation | null = null;
    afterEach(async () => {
      await open?.close();
      open = null;
    });

    it('publish each event’s commands to its own phones only, and keep each state and log to itself', async () => {
      const app = (open = await installation(await twoStores()));
      const [phoneA, phoneB] = [await app.phone(0), await app.phone(1)];
      const seqB = app.runtimes[1]!.live.seq();
      const posted = await app.run(0, moderator, 'announcement:post', { level: 'info', text: 'Nur für Termin A' });
      expect(posted).toMatchObject({ ok: true });
      expect(await app.run(1, moderator, 'announcement:post', { level: 'info', text: 'Nur für Termin B' })).toMatchObject({ ok: true });
      await until(() => phoneA.state.announcements.length === 1 && phoneB.state.announcements.length === 1, 'both announcements');
      expect(phoneA.state.announcements.map((a) => a.text)).toEqual(['Nur für Termin A']);
      expect(phoneB.state.announcements.map((a) => a.text)).toEqual(['Nur für Termin B']);
      expect(phoneB.received.map((change) => change.type)).toEqual(['announcement:posted']);
      // Each log numbers its own changes: B's next seq follows B's head, not A's.
      expect(app.runtimes[1]!.live.seq()).toBe(seqB + 1);
      expect(app.runtimes[0]!.live.state().announcements.map((a) => a.text)).toEqual(['Nur für Termin A']);
      phoneA.disconnect();
      phoneB.disconnect();
    });

    it('count each event’s votes into its own state with its own coalescer', async () => {
      const app = (open = await installation(await twoStores()));
      const target = { kind: 'session', id: 'eroeffnung' } as const;
      const questionId = randomUUID();
      const asker: Actor = { role: 'attendee', deviceId: 'device-asker' };
      for (const event of [0, 1] as const) {
        expect(await app.run(event, asker, 'question:ask', { questionId, target, text: 'Was kostet das?' })).toMatchObject({ ok: true });
        await app.run(event, moderator, 'question:approve', { questionId });
      }
      const voters = [1, 2, 3].map((n): Actor => ({ role: 'attendee', deviceId: `device-voter-${n}` }));
      for (const voter of voters) await app.run(0, voter, 'question:vote', { questionId, up: true });
      await until(() => app.runtimes[0]!.live.state().questions[questionId]?.votes === 3, 'the count on A');
      await app.runtimes[1]!.parts.questions.own.counts.flush();
      expect(app.runtimes[1]!.live.state().questions[questionId]?.votes).toBe(0);
      expect(app.runtimes[1]!.parts.questions.own.votes.count(questionId)).toBe(0);
    });
  });
}

twoRuntimeTests('SQLite', async () => [newStore(), newStore()]);

const cluster = useThrowawayPostgres();
twoRuntimeTests('PostgreSQL', async () => [
  await createPostgresStore(await cluster().createDatabase(), { max: 3 }),
  await createPostgresStore(await cluster().createDatabase(), { max: 3 }),
]);
