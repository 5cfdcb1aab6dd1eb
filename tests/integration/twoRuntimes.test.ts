import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../server/kernel/store.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import type { Actor } from '../../shared/roles.js';
import { eventually } from '../support/socketClient.js';
import { useTwoEvents } from '../support/twoEvents.js';
import { tempDir } from '../support/testServer.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const moderator: Actor = { role: 'moderator' };

const until = (check: () => boolean, _what: string) => eventually(check, 10_000);

function twoRuntimeTests(name: string, newHome: () => Promise<Store>) {
  describe(`two events’ runtimes in one process (${name})`, () => {
    const open = useTwoEvents(newHome);

    it('publish each event’s commands to its own phones only, and keep each state and log to itself', async () => {
      const app = await open();
      const [may, october] = [await app.phone('2026-mai'), await app.phone('2026-okt')];
      const seqOctober = app.site('2026-okt').runtime.live.seq();
      expect(await app.run('2026-mai', moderator, 'announcement:post', { level: 'info', text: 'Nur im Mai' })).toMatchObject({ ok: true });
      expect(await app.run('2026-okt', moderator, 'announcement:post', { level: 'info', text: 'Nur im Oktober' })).toMatchObject({ ok: true });
      await until(() => may.state.announcements.length === 1 && october.state.announcements.length === 1, 'both announcements');
      expect(may.state.announcements.map((a) => a.text)).toEqual(['Nur im Mai']);
      expect(october.state.announcements.map((a) => a.text)).toEqual(['Nur im Oktober']);
      expect(october.received.map((change) => change.type)).toEqual(['announcement:posted']);
      // Each log numbers its own changes: October's next seq follows October's head, not May's.
      expect(app.site('2026-okt').runtime.live.seq()).toBe(seqOctober + 1);
      expect((await app.site('2026-okt').store.log.changesAfter(seqOctober, 10)).map((c) => c.type)).toEqual(['announcement:posted']);
      may.disconnect();
      october.disconnect();
    });

    it('count each event’s votes into its own state with its own coalescer', async () => {
      const app = await open();
      const target = { kind: 'session', id: 'eroeffnung' } as const;
      const questionId = randomUUID();
      const asker: Actor = { role: 'attendee', deviceId: 'device-asker' };
      for (const slug of ['2026-mai', '2026-okt']) {
        expect(await app.run(slug, asker, 'question:ask', { questionId, target, text: 'Was kostet das?' })).toMatchObject({ ok: true });
        await app.run(slug, moderator, 'question:approve', { questionId });
      }
      const voters = [1, 2, 3].map((n): Actor => ({ role: 'attendee', deviceId: `device-voter-${n}` }));
      for (const voter of voters) await app.run('2026-mai', voter, 'question:vote', { questionId, up: true });
      await app.site('2026-mai').runtime.parts.questions.own.counts.flush();
      expect(app.site('2026-mai').runtime.live.state().questions[questionId]?.votes).toBe(3);
      await app.site('2026-okt').runtime.parts.questions.own.counts.flush();
      expect(app.site('2026-okt').runtime.live.state().questions[questionId]?.votes).toBe(0);
      expect(app.site('2026-okt').runtime.parts.questions.own.votes.count(questionId)).toBe(0);
    });
  });
}

const files = tempDir();
twoRuntimeTests('SQLite', async () => createSqliteStore({ filename: join(files.path, `${randomUUID()}.db`) }));

const cluster = useThrowawayPostgres();
twoRuntimeTests('PostgreSQL', async () => createPostgresStore(await cluster().createDatabase(), { max: 3 }));
