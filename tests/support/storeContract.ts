import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change, ChangeDraft } from '../../shared/changes.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import { UnreadableChangeError, type Store } from '../../server/kernel/store.js';
import { registerDropStoreContract } from './dropStoreContract.js';

/** A fresh, empty store, and how to get rid of it. */
export type StoreFactory = () => Promise<{ store: Store; dispose(): Promise<void> }>;

const at = '2026-05-14T08:00:00.000Z';
const announcement = (text: string): ChangeDraft => ({
  type: 'announcement:posted',
  audience: 'public',
  data: { announcement: { id: randomUUID(), level: 'info', text, postedAt: at } },
});
const asked = (id: string): ChangeDraft => ({
  type: 'question:asked',
  audience: 'public',
  data: {
    question: { id, target: { kind: 'session', id: 's' }, text: 'Wer zahlt das?', authorName: 'Anna', askedAt: at, status: 'published', pinned: false, answered: false, votes: 0 },
  },
});
const code = (id = randomUUID()) => ({ id, role: 'moderator' as const, standId: null, eventId: 'event-mai', label: 'Saal B', createdAt: at, revokedAt: null });

/**
 * What every store promises the server (SQLite for one process, PostgreSQL for several), run
 * against each by its own test file, as the same suite.
 */
export function registerStoreContractTests(name: string, factory: StoreFactory): void {
  describe(`the ${name} store`, () => {
    const open: { dispose(): Promise<void> }[] = [];
    afterEach(async () => {
      for (const o of open.splice(0)) await o.dispose();
    });
    const fresh = async () => {
      const made = await factory();
      open.push(made);
      return made.store;
    };

    it('appends changes in order and reads them back after any seq, at most a limit', async () => {
      const { log } = await fresh();
      expect(log.lastSeq()).toBe(0);
      await appendToLog(log, [announcement('eins'), announcement('zwei')], at);
      await appendToLog(log, [announcement('drei')], at);
      expect(log.lastSeq()).toBe(3);
      const all = await log.changesAfter(0, 100);
      expect(all.map((c) => c.seq)).toEqual([1, 2, 3]);
      expect(all.map((c) => c.type === 'announcement:posted' && c.data.announcement.text)).toEqual(['eins', 'zwei', 'drei']);
      expect((await log.changesAfter(1, 1)).map((c) => c.seq)).toEqual([2]);
      expect(await log.changesAfter(3, 10)).toEqual([]);
    });

    it('reads only the changes of the audiences asked for, at most a limit', async () => {
      const { log } = await fresh();
      const to = (audience: 'public' | 'staff' | 'stand:a' | 'stand:b', text: string) => ({ ...announcement(text), audience });
      await appendToLog(log, [to('public', 'eins'), to('staff', 'zwei'), to('stand:a', 'drei'), to('stand:b', 'vier'), to('public', 'fünf')], at);
      expect((await log.changesAfter(0, 100, ['public', 'stand:a'])).map((c) => c.seq)).toEqual([1, 3, 5]);
      expect((await log.changesAfter(1, 1, ['public', 'stand:a'])).map((c) => c.seq)).toEqual([3]);
      expect(await log.changesAfter(0, 100, [])).toEqual([]);
      expect((await log.changesAfter(0, 100)).length).toBe(5);
    });

    it('remembers processed command ids with their seq and fingerprint, in and out of a batch', async () => {
      const { log } = await fresh();
      const id = randomUUID();
      await log.batch(0, async (batch) => {
        const changes: Change[] = [{ ...announcement('eins'), seq: batch.head + 1, at }];
        batch.append({ changes, seq: 1, commandId: id, fingerprint: 'abc' });
      });
      expect(await log.processedCommand(id)).toEqual({ seq: 1, fingerprint: 'abc' });
      expect(await log.processedCommand(randomUUID())).toBeUndefined();
      await log.batch(log.lastSeq(), async (batch) => {
        expect(batch.head).toBe(1);
        expect([...(await batch.processed([id, randomUUID()])).entries()]).toEqual([[id, { seq: 1, fingerprint: 'abc' }]]);
      });
    });

    it('writes nothing of a batch whose work fails, and refuses a change the schema refuses before buffering it', async () => {
      const { log } = await fresh();
      await appendToLog(log, [announcement('eins')], at);
      await expect(
        log.batch(1, async (batch) => {
          batch.append({ changes: [{ ...announcement('zwei'), seq: 2, at }], seq: 2, commandId: 'c-2' });
          throw new Error('decided badly');
        }),
      ).rejects.toThrow('decided badly');
      expect(log.lastSeq()).toBe(1);
      expect((await log.changesAfter(0, 10)).map((c) => c.seq)).toEqual([1]);
      expect(await log.processedCommand('c-2')).toBeUndefined();
      const bad = { type: 'session:moved', audience: 'public', data: { sessionId: 'x', slot: { startsAt: 'gestern' } } } as unknown as Change;
      await log.batch(1, async (batch) => {
        expect(() => batch.append({ changes: [{ ...bad, seq: 2, at }], seq: 2 })).toThrow(UnreadableChangeError);
        batch.append({ changes: [{ ...announcement('zwei'), seq: 2, at }], seq: 2 });
      });
      expect((await log.changesAfter(0, 10)).map((c) => c.type)).toEqual(['announcement:posted', 'announcement:posted']);
    });

    it("erases a deleted question's words from every stored change", async () => {
      const { log } = await fresh();
      const id = randomUUID();
      await appendToLog(log, [asked(id)], at);
      await log.batch(1, async (batch) => batch.redactQuestion(id, '—'));
      const [stored] = await log.changesAfter(0, 1);
      expect(stored?.type === 'question:asked' && stored.data.question).toMatchObject({ id, text: '—' });
      expect(JSON.stringify(stored)).not.toContain('Anna');
    });

    it("keeps a staff answer when the question's asker erased it, and rewrites changes in the same batch as its appends", async () => {
      const { log } = await fresh();
      const [erased, other] = [randomUUID(), randomUUID()];
      const answered = asked(erased);
      if (answered.type === 'question:asked') answered.data.question.answer = { text: 'Der Landkreis.', by: 'host', at };
      await appendToLog(log, [answered, asked(other)], at);
      await log.batch(2, async (batch) => {
        batch.append({ changes: [{ ...asked(randomUUID()), seq: 3, at }], seq: 3 });
        batch.redactQuestion(erased, '—', true);
        // Every asker's name, the one appended in this batch too; the other rows stay as they were.
        batch.rewrite(['question:asked'], (change) => {
          if (change.type !== 'question:asked' || change.data.question.id === erased) return null;
          const { authorName: _name, ...question } = change.data.question;
          return { question };
        });
      });
      const stored = await log.changesAfter(0, 10);
      expect(stored.map((c) => c.type === 'question:asked' && c.data.question.text)).toEqual(['—', 'Wer zahlt das?', 'Wer zahlt das?']);
      expect(stored[0]?.type === 'question:asked' && stored[0].data.question.answer?.text).toBe('Der Landkreis.');
      expect(JSON.stringify(stored)).not.toContain('Anna');
      // A rewrite the change schema refuses fails the batch: nothing of it is written.
      await expect(log.batch(3, async (batch) => batch.rewrite(['question:asked'], () => ({ question: null }) as never))).rejects.toThrow(UnreadableChangeError);
      expect(await log.changesAfter(0, 10)).toEqual(stored);
    });

    it('gives the import lock to one holder at a time, and again once released', async () => {
      const { log } = await fresh();
      const release = await log.importLock();
      expect(release).not.toBeNull();
      expect(await log.importLock()).toBeNull();
      await release!();
      const again = await log.importLock();
      expect(again).not.toBeNull();
      await again!();
    });

    it('keeps a server key once made', async () => {
      const { log } = await fresh();
      const key = await log.serverKey('device-ids');
      expect(key.length).toBeGreaterThanOrEqual(32);
      expect(await log.serverKey('device-ids')).toBe(key);
      expect(await log.serverKey('other')).not.toBe(key);
    });

    it('records the series’ first event once when two processes record it together, and gives both the same one', async () => {
      const store = await fresh();
      const mine = { id: 'event-a', slug: '2026-mai', location: '', createdAt: at, closedAt: null };
      const theirs = { ...mine, id: 'event-b', createdAt: '2026-05-14T08:00:00.001Z' };
      const [recordedMine, recordedTheirs] = await Promise.all([store.series.insertFirst(mine), store.series.insertFirst(theirs)]);
      expect(recordedTheirs).toEqual(recordedMine);
      expect(await store.series.list()).toEqual([recordedMine]);
      expect(await store.series.insertFirst({ ...mine, id: 'event-c', slug: '2026-juni' })).toEqual(recordedMine);
    });

    it('keeps the series’ events, closes each once, and opens each event’s log apart from the others', async () => {
      const store = await fresh();
      const first = { id: 'event-mai', slug: '2026-mai', location: '', createdAt: at, closedAt: null };
      const second = { id: 'event-okt', slug: '2026-okt', location: store.siblingLocation('event-okt'), createdAt: '2026-05-14T09:00:00.000Z', closedAt: null };
      await store.series.insert(first);
      await store.series.insert(second);
      await expect(store.series.insert({ ...second, id: 'other' })).rejects.toThrow();
      expect(await store.series.list()).toEqual([first, second]);
      expect(await store.series.close('event-mai', '2026-05-15T10:00:00.000Z')).toBe(true);
      expect(await store.series.close('event-mai', '2026-05-16T10:00:00.000Z')).toBe(false);
      expect((await store.series.list())[0]?.closedAt).toBe('2026-05-15T10:00:00.000Z');
      const sibling = await store.openSibling(second.location);
      try {
        await appendToLog(sibling.log, [announcement('im Oktober')], at);
        expect((await sibling.log.changesAfter(0, 10)).map((change) => change.seq)).toEqual([1]);
        expect(await store.log.changesAfter(0, 10)).toEqual([]);
        expect(await sibling.log.serverKey('device-ids')).not.toBe(await store.log.serverKey('device-ids'));
      } finally {
        await sibling.close();
      }
    });

    it('stores access codes by hash, lists them, and revokes each once', async () => {
      const { access } = await fresh();
      const record = code();
      await access.insertAccessCode(record, 'hash-1');
      expect(await access.findAccessCodeByHash('hash-1')).toEqual(record);
      expect(await access.findAccessCodeByHash('hash-2')).toBeUndefined();
      expect(await access.listAccessCodes()).toEqual([record]);
      expect(await access.revokeAccessCode(record.id, '2026-05-14T09:00:00.000Z')).toBe(true);
      expect(await access.revokeAccessCode(record.id, '2026-05-14T10:00:00.000Z')).toBe(false);
      expect((await access.findAccessCodeByHash('hash-1'))?.revokedAt).toBe('2026-05-14T09:00:00.000Z');
      expect(await access.revokedSince('2026-05-14T08:30:00.000Z')).toEqual([{ id: record.id, revokedAt: '2026-05-14T09:00:00.000Z' }]);
      expect(await access.revokedSince('2026-05-14T09:30:00.000Z')).toEqual([]);
    });

    it('finds a token while its code stands, and not after the code is revoked', async () => {
      const { access } = await fresh();
      const record = code();
      await access.insertAccessCode(record, 'hash-1');
      const token = { id: randomUUID(), codeId: record.id, role: 'moderator' as const, standId: null };
      await access.insertToken(token, 'token-hash', at);
      expect(await access.findActiveToken('token-hash')).toEqual({ ...token, eventId: 'event-mai' });
      expect(await access.findActiveToken('other-hash')).toBeUndefined();
      await access.revokeAccessCode(record.id, at);
      expect(await access.findActiveToken('token-hash')).toBeUndefined();
    });

    registerDropStoreContract(fresh);
  });
}
