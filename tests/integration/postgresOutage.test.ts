import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../shared/errors.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { emptiedDatabase } from '../support/postgres.js';
import { eventually, TestDevice } from '../support/socketClient.js';
import { startTestServer } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();
const { defer, track } = useServers();

describe('PostgreSQL stopped and started while phones are connected', () => {
  it('answers commands unavailable (never ok) while it is down, serves reads from memory, and takes each resent command once afterwards', async () => {
    const url = await emptiedDatabase(cluster)();
    const app = await startTestServer({ store: await createPostgresStore(url, { max: 4 }) });
    defer(() => app.close());
    const phone = await track(new TestDevice(app.url)).connect();
    const moderator = { role: 'moderator' as const };
    const outbox = ['eins', 'zwei', 'drei'].map((text) => ({ id: randomUUID(), type: 'announcement:post', payload: { level: 'info', text } }));
    const seqBefore = app.server.live.seq();

    await cluster().stop();
    let during: CommandResult[];
    try {
      during = await Promise.all(outbox.map((command) => app.server.dispatch(moderator, command)));
      // Reads go on from memory: a new phone still gets its snapshot.
      const late = await track(new TestDevice(app.url)).connect();
      expect(late.lastSeq).toBe(seqBefore);
    } finally {
      await cluster().start();
    }
    expect(during.map((r) => !r.ok && r.error.code)).toEqual(['unavailable', 'unavailable', 'unavailable']);
    expect(app.server.live.seq()).toBe(seqBefore);

    // The outbox resends everything (twice, as a flaky network would); each lands once.
    const resend = async () => {
      for (;;) {
        const results = await Promise.all(outbox.map((command) => app.server.dispatch(moderator, command)));
        if (results.every((r) => r.ok)) return results;
        await new Promise((r) => setTimeout(r, 300));
      }
    };
    const first = await resend();
    const second = await resend();
    expect(second).toEqual(first);
    await eventually(() => phone.lastSeq === app.server.live.seq(), 10_000);
    const texts = phone.state.announcements.map((a) => a.text);
    for (const text of ['eins', 'zwei', 'drei']) expect(texts.filter((t) => t === text)).toHaveLength(1);
  }, 90_000);
});
