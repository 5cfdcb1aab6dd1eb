import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeDraft } from '../../shared/changes.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import type { Actor } from '../../shared/roles.js';
import { createServer } from '../../server/createServer.js';
import type { ChangeLog, Store } from '../../server/kernel/store.js';
import { createTestApp, newStore, tempDir } from '../support/testServer.js';
import { createFakeClock } from '../support/fakeClock.js';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
function dbFile(): string {
  const dir = tempDir('ortstermin-counts-');
  dirs.push(dir);
  return join(dir.path, 'ortstermin.db');
}

const voter = (n: number): Actor => ({ role: 'attendee', deviceId: `voter-${n}` });
const target = { kind: 'session' as const, id: 'digitale-doerfer' };

describe('public vote counts after a crash (defect 3)', () => {
  it('are derived from the stored votes at every start', async () => {
    const file = dbFile();
    // A long interval: the process "dies" before its count is committed, as after kill -9.
    const first = await createTestApp({ store: newStore(file), config: { voteFlushMs: 60_000 } });
    const questionId = randomUUID();
    await first.server.dispatch(voter(1), { id: randomUUID(), type: 'question:ask', payload: { questionId, target, text: 'Was kostet das?' } });
    expect(await first.server.dispatch(voter(1), { id: randomUUID(), type: 'question:vote', payload: { questionId, up: true } })).toMatchObject({ ok: true });
    first.server.runtime.parts.questions.own.counts.stop();
    await first.store.close();

    const store = newStore(file);
    const restarted = await createServer({ store, clock: createFakeClock() });
    expect(restarted.live.state().questions[questionId]?.votes).toBe(1);
    // The same device voting again leaves it at 1; another's makes it 2.
    await restarted.dispatch(voter(1), { id: randomUUID(), type: 'question:vote', payload: { questionId, up: true } });
    await restarted.dispatch(voter(2), { id: randomUUID(), type: 'question:vote', payload: { questionId, up: true } });
    await restarted.runtime.parts.questions.own.counts.flush();
    expect(restarted.live.state().questions[questionId]?.votes).toBe(2);
    restarted.runtime.parts.questions.own.counts.stop();
    await store.close();
  });
});

/** A store whose commits of vote counts fail, as with an fsync error (SQLITE_IOERR_FSYNC). */
function failingCounts(store: Store, failures: number): Store {
  let left = failures;
  const batch: ChangeLog['batch'] = (since, work) =>
    store.log.batch(since, (inner) =>
      work({
        ...inner,
        append(entry) {
          if (left > 0 && entry.changes.some((c) => c.type === 'question:votes-counted')) {
            left--;
            throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_FSYNC' });
          }
          inner.append(entry);
        },
      }),
    );
  return { ...store, log: { ...store.log, batch } };
}

describe('a failed commit of the coalesced vote counts (defect 2)', () => {
  it('is caught and retried: the process lives on and the count arrives', async () => {
    const app = await createTestApp({ store: failingCounts(newStore(), 2), config: { voteFlushMs: 20 } });
    const questionId = randomUUID();
    await app.server.dispatch(voter(1), { id: randomUUID(), type: 'question:ask', payload: { questionId, target, text: 'Wer zahlt?' } });
    expect(await app.server.dispatch(voter(1), { id: randomUUID(), type: 'question:vote', payload: { questionId, up: true } })).toMatchObject({ ok: true });
    const deadline = Date.now() + 3000;
    while (app.server.live.state().questions[questionId]?.votes !== 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(app.server.live.state().questions[questionId]?.votes).toBe(1);
    app.server.runtime.parts.questions.own.counts.stop();
  });
});

describe('the commit path (defect 1)', () => {
  it('refuses a change the change schema refuses, and the log stays as it was', async () => {
    const store = newStore();
    const bad: ChangeDraft = {
      type: 'session:moved',
      audience: 'public',
      data: { sessionId: 'x', slot: { startsAt: '+010000-01-01T11:59:59.000Z', endsAt: '+010000-01-01T12:59:59.000Z', roomId: 'r' } },
    };
    await expect(appendToLog(store.log, [bad], new Date().toISOString())).rejects.toThrow();
    expect(store.log.lastSeq()).toBe(0);
    expect(await store.log.changesAfter(0, 10)).toEqual([]);
  });

  it('a store holding a row that does not parse starts anyway and names the row', async () => {
    const file = dbFile();
    const app = await createTestApp({ store: newStore(file) });
    const seq = app.server.live.seq();
    await app.store.close();
    const db = new Database(file);
    db.prepare('INSERT INTO changes (seq, at, type, audience, data) VALUES (?, ?, ?, ?, ?)').run(
      seq + 1, new Date().toISOString(), 'session:moved', 'public', JSON.stringify({ sessionId: 'eroeffnung', slot: { startsAt: '+010000-01-01T00:00:00.000Z' } }),
    );
    db.close();
    const messages: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void messages.push(args.join(' '));
    try {
      const store = newStore(file);
      const restarted = await createServer({ store, clock: createFakeClock() });
      expect(restarted.live.state().sessions.eroeffnung).toBeDefined();
      restarted.runtime.parts.questions.own.counts.stop();
      await store.close();
    } finally {
      console.error = original;
    }
    expect(messages.some((m) => m.includes(`change log row ${seq + 1}`))).toBe(true);
  });
});
