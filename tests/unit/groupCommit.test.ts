import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { eventFeatures } from '../../server/features.js';
import { EventRuntime } from '../../server/kernel/eventRuntime.js';
import { defaultUploadLimits } from '../../server/kernel/blobs.js';
import { defaultRateLimits } from '../../server/kernel/rateLimits.js';
import { silentLogger } from '../../server/kernel/logger.js';
import { createSocketIo } from '../../server/transport/socketServer.js';
import { EventRooms } from '../../server/kernel/sockets.js';
import type { ChangeLog, Store } from '../../server/kernel/store.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import type { Change } from '../../shared/changes.js';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';
import { createFakeClock } from '../support/fakeClock.js';
import { createTestApp, demoDay, newStore, tempDir } from '../support/testServer.js';

const moderator: Actor = { role: 'moderator' };
const device = (n: number): Actor => ({ role: 'attendee', deviceId: `device-${n}`, address: '127.0.0.1' });
const target = { kind: 'session', id: 'eroeffnung' } as const;

async function setup(store?: Store) {
  const app = await createTestApp(store ? { store } : {});
  const run = <K extends CommandType>(actor: Actor, type: K, payload: CommandPayload<K>, id = randomUUID()) =>
    app.server.dispatch(actor, { id, type, payload });
  return { app, run };
}

/** Batches that fail at their end, as a full disk would, after the work ran (nothing written). */
function failingStore(): { store: Store; fail: (on: boolean) => void } {
  const inner = newStore();
  let failing = false;
  const batch: ChangeLog['batch'] = (since, work) =>
    inner.log.batch(since, async (open) => {
      const result = await work(open);
      if (failing) throw new Error('disk full');
      return result;
    });
  return { store: { ...inner, log: { ...inner.log, batch } }, fail: (on) => (failing = on) };
}

describe('group commit', () => {
  it('decides commands of one batch on the state their predecessors left', async () => {
    const { app, run } = await setup();
    const questionId = randomUUID();
    const ask = (n: number) => run(device(n), 'question:ask', { questionId, target, text: `Frage ${n}` });
    const [first, second] = await Promise.all([ask(1), ask(2)]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(app.server.live.state().questions[questionId]?.text).toBe('Frage 1');
  });

  it('takes a vote and its withdrawal in one batch in order', async () => {
    const { app, run } = await setup();
    const questionId = randomUUID();
    await run(device(1), 'question:ask', { questionId, target, text: 'Wo sind die Folien?' });
    await Promise.all([
      run(device(2), 'question:vote', { questionId, up: true }),
      run(device(2), 'question:vote', { questionId, up: false }),
      run(device(3), 'question:vote', { questionId, up: true }),
    ]);
    await app.server.runtime.parts.questions.own.counts.flush();
    expect(app.server.live.state().questions[questionId]?.votes).toBe(1);
  });

  it('answers a repeat inside the same batch with the first answer', async () => {
    const { app, run } = await setup();
    const id = randomUUID();
    const post = () => run(moderator, 'announcement:post', { level: 'info', text: 'Kaffee' }, id);
    const [first, again] = await Promise.all([post(), post()]);
    expect(again).toEqual(first);
    expect(app.server.live.state().announcements).toHaveLength(1);
  });

  it('answers nothing before the commit and, when it fails, keeps nothing of the batch', async () => {
    const { store, fail } = failingStore();
    const { app, run } = await setup(store);
    const before = { seq: store.log.lastSeq(), state: app.server.live.state() };
    fail(true);
    const results = await Promise.all([1, 2, 3].map((n) => run(device(n), 'question:ask', { questionId: randomUUID(), target, text: 'Frage?' })));
    expect(results.every((r) => !r.ok && r.error.code === 'internal')).toBe(true);
    expect(store.log.lastSeq()).toBe(before.seq);
    expect(await store.log.changesAfter(before.seq, 10)).toEqual([]);
    expect(app.server.live.state()).toEqual(before.state);
    expect(app.server.live.snapshotFor(['public', 'staff']).state).toEqual(before.state);
    fail(false);
    const retried = await run(device(1), 'question:ask', { questionId: randomUUID(), target, text: 'Noch einmal' });
    // The question and, internal, which device asked it ("Meine Daten").
    expect(retried).toEqual({ ok: true, seq: before.seq + 2 });
  });

  it('publishes nothing and tells the vote counter nothing of a batch whose commit fails', async () => {
    const { store, fail } = failingStore();
    const clock = createFakeClock();
    await loadProgrammeIfEmpty(store.log, clock, () => loadDemoEvent(demoDay), loadDemoStands);
    const rooms = new EventRooms(createSocketIo(), 'e-test');
    const counted: Change[][] = [];
    // What reaches the rooms: one emit per change that has any.
    let emits = 0;
    const to = rooms.to.bind(rooms);
    vi.spyOn(rooms, 'to').mockImplementation((room) => ((emits += 1), to(room)));
    const runtime = await EventRuntime.open({
      store, clock, rooms, limits: defaultRateLimits, uploads: { blobs: store.blobs, limits: defaultUploadLimits }, retention: 100, coalesceMs: 60_000, logger: silentLogger,
      features: (event) => ({
        ...eventFeatures(event),
        recorder: { handlers: {}, committed: (changes: readonly Change[]) => void counted.push([...changes]) },
      }),
    });
    const votes = runtime.parts.questions.own.votes;
    const dispatch = (actor: Actor, raw: unknown) => runtime.dispatch(actor, raw);
    const run = <K extends CommandType>(actor: Actor, type: K, payload: CommandPayload<K>) =>
      dispatch(actor, { id: randomUUID(), type, payload });
    const questionId = randomUUID();
    expect(await run(device(1), 'question:ask', { questionId, target, text: 'Wer zahlt?' })).toMatchObject({ ok: true });
    expect(counted.map((batch) => batch.map((c) => c.type))).toEqual([['question:asked', 'question:asker-noted']]);
    const emitsBefore = emits;
    expect(emitsBefore).toBeGreaterThan(0);

    fail(true);
    const failed = await Promise.all([
      run(device(2), 'question:vote', { questionId, up: true }),
      run(device(3), 'question:ask', { questionId: randomUUID(), target, text: 'Noch eine?' }),
    ]);
    expect(failed.map((r) => !r.ok && r.error.code)).toEqual(['internal', 'internal']);
    expect(emits).toBe(emitsBefore);
    expect(counted).toHaveLength(1);
    expect(votes.count(questionId)).toBe(0);

    fail(false);
    expect(await run(device(2), 'question:vote', { questionId, up: true })).toMatchObject({ ok: true });
    expect(counted.at(-1)?.map((c) => c.type)).toEqual(['question:vote-cast']);
    expect(counted).toHaveLength(2);
    expect(votes.count(questionId)).toBe(1);
    await runtime.stop();
  });

  it('keeps states handed out before a batch as they were', async () => {
    const { app, run } = await setup();
    const asked = (n: number) => run(device(n), 'question:ask', { questionId: randomUUID(), target, text: `Frage ${n}` });
    await asked(0);
    const earlier = app.server.live.state();
    const earlierQuestions = { ...earlier.questions };
    await Promise.all([1, 2, 3, 4].map(asked));
    expect(earlier.questions).toEqual(earlierQuestions);
    expect(Object.keys(app.server.live.state().questions)).toHaveLength(5);
  });
});

describe('the write-ahead log', () => {
  it('is grown to its working size at start, and the store works on it', async () => {
    const dir = tempDir();
    try {
      const filename = join(dir.path, 'app.db');
      const store = newStore(filename);
      expect(statSync(`${filename}-wal`).size).toBeGreaterThanOrEqual(4_000_000);
      await appendToLog(store.log, [{ type: 'event:updated', audience: 'public', data: { event: { id: 'e', name: 'Tag', venue: 'Halle', city: '', timeZone: 'Europe/Berlin', startsAt: '2026-05-14T07:00:00.000Z', endsAt: '2026-05-14T16:00:00.000Z' } } }], '2026-05-14T08:00:00.000Z');
      await store.close();
      const reopened = newStore(filename);
      expect(await reopened.log.changesAfter(0, 10)).toHaveLength(1);
      await reopened.close();
    } finally {
      dir.remove();
    }
  });
});
