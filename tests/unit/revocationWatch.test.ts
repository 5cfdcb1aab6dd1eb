import { describe, expect, it } from 'vitest';
import { watchRevocations } from '../../server/access/revocationWatch.js';
import type { AccessRecords } from '../../server/kernel/store.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';

type Revoked = { id: string; revokedAt: string };

/** Only `revokedSince` is read by the watch; the first answer can be held back, as a busy database does. */
function recordsAnswering(answers: Array<() => Promise<Revoked[]>>): Pick<AccessRecords, 'revokedSince'> {
  let call = 0;
  return { revokedSince: () => (answers[Math.min(call++, answers.length - 1)] ?? (async () => []))() };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('the watch for codes revoked on another process', () => {
  it('ends the sockets of a code revoked while its first look was still waiting for the database', async () => {
    let answerFirst: (rows: Revoked[]) => void = () => undefined;
    const firstLook = new Promise<Revoked[]>((resolve) => (answerFirst = resolve));
    const ended: string[] = [];
    const watch = watchRevocations(recordsAnswering([() => firstLook]), (id) => ended.push(id), 10);
    // The code is revoked (elsewhere) after this process started; the slow first look already sees it.
    answerFirst([{ id: 'saal-b', revokedAt: new Date().toISOString() }]);
    await until(() => ended.length > 0);
    watch.stop();
    expect(ended).toEqual(['saal-b']);
  });

  it('ends the sockets of each newly revoked code once', async () => {
    const rows: Revoked[] = [];
    const ended: string[] = [];
    const watch = watchRevocations(recordsAnswering([async () => [...rows]]), (id) => ended.push(id), 10);
    rows.push({ id: 'foyer', revokedAt: new Date().toISOString() });
    await until(() => ended.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    watch.stop();
    expect(ended).toEqual(['foyer']);
  });

  it('asks a slow database once at a time, not again on every tick while it has not answered', async () => {
    let calls = 0;
    const never = new Promise<Revoked[]>(() => undefined);
    const watch = watchRevocations({ revokedSince: () => (calls++, never) }, () => undefined, 5);
    await new Promise((resolve) => setTimeout(resolve, 60));
    watch.stop();
    expect(calls).toBe(1);
  });

  it('stops looking when stopped', async () => {
    let calls = 0;
    const watch = watchRevocations({ revokedSince: async () => (calls++, []) }, () => undefined, 5);
    await until(() => calls >= 2);
    watch.stop();
    const stoppedAt = calls;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(stoppedAt);
  });

  it('finds a code revoked in the store, whenever it was revoked', async () => {
    const store = createSqliteStore({ filename: ':memory:' });
    const record = { id: 'a7c1e6f2-0000-4000-8000-000000000001', role: 'moderator' as const, standId: null, eventId: null, label: 'Saal B', createdAt: '2026-05-06T07:00:00.000Z', revokedAt: null };
    await store.access.insertAccessCode(record, 'hash-of-saal-b');
    await store.access.revokeAccessCode(record.id, '2026-05-06T09:30:00.000Z');
    const ended: string[] = [];
    const watch = watchRevocations(store.access, (id) => ended.push(id), 10);
    await until(() => ended.length > 0);
    watch.stop();
    await store.close();
    expect(ended).toEqual([record.id]);
  });
});
