import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChangeDraft } from '../../shared/changes.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import { StoreUnavailableError, type Store } from '../../server/kernel/store.js';
import { usePostgresStores } from '../support/usePostgres.js';

const { cluster, twoProcesses } = usePostgresStores();
const at = '2026-05-14T08:00:00.000Z';
const note = (text: string): ChangeDraft => ({ type: 'announcement:posted', audience: 'public', data: { announcement: { id: randomUUID(), level: 'info', text, postedAt: at } } });

describe('one PostgreSQL log shared by two processes', () => {
  it("gives a batch what the other process appended since, and tells the other process of each commit's seq", async () => {
    const [a, b] = await twoProcesses();
    const heard: number[] = [];
    b.log.onForeignCommit((seq) => heard.push(seq));
    await new Promise((r) => setTimeout(r, 300)); // LISTEN is set up
    await appendToLog(a.log, [note('eins'), note('zwei')], at);
    await b.log.batch(0, async (batch) => {
      expect(batch.head).toBe(2);
      expect(batch.missed.map((c) => c.seq)).toEqual([1, 2]);
    });
    const deadline = Date.now() + 3000;
    while (!heard.includes(2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(heard).toContain(2);
  });

  it('serialises appends: batches of both processes at once end as one gapless log', async () => {
    const [a, b] = await twoProcesses();
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendToLog(i % 2 ? a.log : b.log, [note(`n${i}`)], at)));
    expect((await a.log.changesAfter(0, 100)).map((c) => c.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('commits nothing of a batch whose write the database refuses, and says so', async () => {
    const [a, b] = await twoProcesses();
    const commandId = randomUUID();
    const appendAs = (log: Store['log'], text: string) =>
      log.batch(log.lastSeq(), async (batch) => {
        const change = { ...note(text), seq: batch.head + 1, at };
        batch.append({ changes: [change], seq: change.seq, commandId, fingerprint: 'f' });
      });
    await appendAs(a.log, 'erste');
    // The same command id again, not looked up first: its row is refused, and the change with it.
    await expect(appendAs(b.log, 'zweite')).rejects.toThrow();
    await appendToLog(b.log, [note('dritte')], at);
    const texts = (await a.log.changesAfter(0, 10)).map((c) => c.type === 'announcement:posted' && c.data.announcement.text);
    expect(texts).toEqual(['erste', 'dritte']);
  });
});

describe('a PostgreSQL outage', () => {
  it('fails batches with the typed unavailable error, and works again once the database is back', async () => {
    const [a] = await twoProcesses();
    await appendToLog(a.log, [note('vorher')], at);
    await cluster().stop();
    try {
      await expect(appendToLog(a.log, [note('während')], at)).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await cluster().start();
    }
    const deadline = Date.now() + 10_000;
    for (;;) {
      const done = await appendToLog(a.log, [note('nachher')], at).then(() => true, (e: unknown) => (Date.now() > deadline ? Promise.reject(e) : false));
      if (done) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await a.log.changesAfter(0, 10)).map((c) => c.type === 'announcement:posted' && c.data.announcement.text)).toEqual(['vorher', 'nachher']);
  }, 60_000);
});
