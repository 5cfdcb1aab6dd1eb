import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveState } from '../../server/kernel/liveState.js';
import { isVisibleIn, roomsFor } from '../../server/kernel/audience.js';
import type { Store } from '../../server/kernel/store.js';
import type { OrtsterminServer } from '../../server/createServer.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { visibleQuestions } from '../../shared/questions.js';
import { applyChanges } from '../../shared/reducer.js';
import type { Actor } from '../../shared/roles.js';
import { addQuestionFixture, sessionPost, standA, standB } from './questionFixture.js';
import { TestDevice } from './socketClient.js';
import { createTestApp, hostToken, startTestServer } from './testServer.js';

const retention = 5;
const hostRooms = (standId: string) => roomsFor({ role: 'host', standId });
const staff = roomsFor({ role: 'moderator' });

/** What the old live state gave: every change the rooms receive, reduced from the start. */
async function replayed(store: Store, rooms: readonly string[]): Promise<PublicState> {
  const all = await store.log.changesAfter(0, 1_000_000);
  return applyChanges(emptyState, all.filter((change) => isVisibleIn(change.audience, new Set(rooms))));
}

/** Commands that push everything before them out of the kept window. */
async function pushOutOfWindow(server: OrtsterminServer, actor: Actor): Promise<void> {
  for (let i = 0; i < retention * 4; i += 1) {
    const result = await server.dispatch(actor, { id: randomUUID(), type: 'announcement:post', payload: { level: 'info', text: `Hinweis ${i}` } });
    if (!result.ok) throw new Error(result.error.code);
  }
}

/**
 * Views read from the store once their changes have left memory: equal to what memory kept and
 * to replaying the whole log; and hosts joining while changes are committed.
 */
export function registerViewsFromLogTests(name: string, openStore: () => Promise<Store>): void {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()!();
  });

  describe(`views read from the store (${name})`, () => {
    it("gives a stand's hosts and a session's questions what memory kept, after their changes left memory", async () => {
      const store = await openStore();
      const app = await createTestApp({ store, config: { retention } });
      cleanup.push(() => store.close(), () => app.server.close());
      const moderator: Actor = { role: 'moderator', deviceId: 'views-moderator' };
      // Stand A's view is kept by memory from the start, as the old live state kept every view.
      await app.server.live.readyFor(hostRooms(standA));
      await addQuestionFixture(app.server);
      await app.server.runtime.pipeline.idle();
      await pushOutOfWindow(app.server, moderator);
      expect(app.server.live.changesAfter(0, staff)).toBeNull();

      // A second reader of the same store, as a restarted server: every view from the log.
      const fromLog = await createLiveState(store.log, { retention });
      expect(fromLog.kept()).toBeLessThanOrEqual(retention * 2);
      for (const rooms of [hostRooms(standA), hostRooms(standB), roomsFor({ role: 'attendee' }), staff]) {
        await Promise.all([fromLog.readyFor(rooms), app.server.live.readyFor(rooms)]);
        const expected = await replayed(store, rooms);
        expect(fromLog.snapshotFor(rooms).state).toEqual(expected);
        expect(app.server.live.snapshotFor(rooms).state).toEqual(expected);
        expect(fromLog.snapshotFor(rooms).state).toEqual(app.server.live.snapshotFor(rooms).state);
      }
      expect(fromLog.state()).toEqual(app.server.live.state());
      const session = { kind: 'session' as const, id: sessionPost };
      const questions = visibleQuestions(fromLog.snapshotFor(['public']).state.questions, session);
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(questions).toEqual(visibleQuestions(app.server.live.snapshotFor(['public']).state.questions, session));
      expect(Object.keys(fromLog.snapshotFor(hostRooms(standA)).state.questions).length).toBeGreaterThan(0);
    });

    it('lets hosts of several stands join while questions are asked and answered: nothing twice, nothing missed', async () => {
      const app = await startTestServer({ store: await openStore(), config: { retention } });
      const hosts: TestDevice[] = [];
      cleanup.push(() => app.close(), () => hosts.forEach((host) => host.disconnect()));
      const stands = Object.keys(app.server.live.state().stands).slice(0, 4);
      expect(stands.length).toBe(4);
      const tokens = await Promise.all(stands.map((standId) => hostToken(app.server, standId)));
      const moderator: Actor = { role: 'moderator', deviceId: 'views-moderator' };
      await pushOutOfWindow(app.server, moderator);
      const hostsIn = { joined: false, roundsSince: 0 };
      const flood = (async () => {
        // Asking goes on until every host has joined and a few rounds after, however slow the machine.
        for (let i = 0; i < 60 || hostsIn.roundsSince < 8; i += 1) {
          const questionId = randomUUID();
          const target = { kind: 'stand' as const, id: stands[i % stands.length]! };
          await Promise.all([
            // One asker each: a device's own question limit is not what this is about.
            app.server.dispatch({ role: 'attendee', deviceId: `views-attendee-${i}` }, { id: randomUUID(), type: 'question:ask', payload: { questionId, target, text: `Frage ${i} zum Stand` } }),
            app.server.dispatch(moderator, { id: randomUUID(), type: 'announcement:post', payload: { level: 'info', text: `Durchsage ${i}` } }),
          ]);
          if (i % 3 === 0) await app.server.dispatch(moderator, { id: randomUUID(), type: 'question:answer', payload: { questionId, text: `Antwort ${i}` } });
          if (hostsIn.joined) hostsIn.roundsSince += 1;
        }
      })();
      for (const token of tokens) {
        const host = new TestDevice(app.url, { token });
        hosts.push(host);
        await host.connect();
      }
      hostsIn.joined = true;
      await flood;
      await app.server.runtime.pipeline.idle();
      for (const [i, host] of hosts.entries()) {
        const rooms = hostRooms(stands[i]!);
        const expected = await replayed(app.store, rooms);
        await expect.poll(() => host.state, { timeout: 15_000 }).toEqual(expected);
        const live = host.received.slice(host.receivedAtSync).map((change) => change.seq);
        expect(host.received.slice(0, host.receivedAtSync)).toEqual([]);
        // Nothing twice: each live change once, in order. (A snapshot may hold a batch decided but
        // not yet written, as it always did; its changes then arrive once more and the phone skips
        // them by seq: `applyLiveChange`.)
        expect(live.every((seq, j) => j === 0 || seq > live[j - 1]!)).toBe(true);
        expect(live.filter((seq) => seq > host.syncedSeq!).length).toBeGreaterThan(0);
        expect(Object.values(host.state.questions).filter((q) => q.target.kind === 'stand' && q.target.id === stands[i]).length).toBeGreaterThanOrEqual(15);
      }
    });
  });
}
