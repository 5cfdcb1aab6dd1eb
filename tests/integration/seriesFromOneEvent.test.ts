import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createServer } from '../../server/createServer.js';
import { emptyState } from '../../shared/publicState.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { createFakeClock } from '../support/fakeClock.js';
import { TestDevice } from '../support/socketClient.js';
import { tempDir } from '../support/testServer.js';

/** A database written by the last version before series (bfe6d97): one event, its codes, a token and a device id. */
const fixtureDir = fileURLToPath(new URL('../fixtures/series/', import.meta.url));
const expected = z
  .object({ seq: z.number(), moderatorCode: z.string(), organizerCode: z.string(), hostCode: z.string(), moderatorToken: z.string(), deviceId: z.string(), questionId: z.string(), publicState: z.record(z.string(), z.unknown()) })
  .parse(JSON.parse(readFileSync(join(fixtureDir, 'single-event-before-series.json'), 'utf8')));

describe('a database from before series', () => {
  const files = tempDir();
  afterAll(() => files.remove());

  it('opens as the first event of a series with the same snapshot, seq, codes, token, device id and addresses', async () => {
    const file = join(files.path, 'ortstermin.db');
    copyFileSync(join(fixtureDir, 'single-event-before-series.db'), file);
    const store = createSqliteStore({ filename: file });
    const server = await createServer({ store, clock: createFakeClock() });
    try {
      const { url } = await server.listen(0, '127.0.0.1');
      expect(server.series.list()).toEqual([expect.objectContaining({ slug: '2026-mai', status: 'current', firstDay: '2026-05-14' })]);
      expect(server.live.seq()).toBe(expected.seq);
      // Parts of the state added since the fixture was written (legal pages, barrier reports) start empty.
      expect(server.live.snapshotFor(['public']).state).toEqual({ ...emptyState, ...expected.publicState });
      // Links printed before keep working: the root address, with no event named.
      const me = await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${expected.moderatorToken}` } });
      expect(await me.json()).toEqual({ role: 'moderator', standId: null });
      const snapshot = z.object({ snapshot: z.object({ seq: z.number() }) }).parse(await (await fetch(`${url}/api/snapshot`)).json());
      expect(snapshot.snapshot.seq).toBe(expected.seq);
      for (const code of [expected.organizerCode, expected.hostCode]) {
        const redeemed = await fetch(`${url}/api/access/redeem`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
        expect(redeemed.status).toBe(200);
      }
      const phone = await new TestDevice(url, { deviceId: expected.deviceId }).connect();
      expect(phone.lastSeq).toBe(expected.seq);
      phone.disconnect();
    } finally {
      await server.close();
      await store.close();
    }
    // The series record is kept: a second start finds the same event at the same address.
    const again = createSqliteStore({ filename: file });
    expect((await again.series.list()).map((record) => [record.slug, record.location])).toEqual([['2026-mai', '']]);
    await again.close();
  });
});
