import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { libraryReplySchema } from '../../shared/library.js';
import { answersLagMs } from '../../server/library/libraryRoutes.js';
import type { Store } from '../../server/kernel/store.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { standA, standB } from '../support/questionFixture.js';
import { createTestApp, hostToken, tempDir, type TestApp } from '../support/testServer.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const asker = 'Anna Fragesteller';

function libraryTests(name: string, newStore: () => Promise<Store>) {
  describe(`the project library of a series (${name})`, () => {
    const opened: TestApp[] = [];
    afterEach(async () => {
      for (const app of opened.splice(0)) {
        await app.server.close();
        await app.store.close();
      }
    });

    /** May's event with a stand answer marked for the library, then November's made from it with the stands. */
    async function seriesWithAnswer() {
      const app = await createTestApp({ store: await newStore() });
      opened.push(app);
      const call = async (path: string, init: { method?: string; body?: object; token?: string } = {}) =>
        app.server.fetch(
          new Request(`http://ortstermin.test${path}`, {
            method: init.method ?? 'GET',
            headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
            ...(init.body ? { body: JSON.stringify(init.body) } : {}),
          }),
        );
      const command = (slug: string, token: string, type: string, payload: object) =>
        call(`/${slug}/api/commands`, { method: 'POST', token, body: { id: randomUUID(), type, payload } });
      const may = app.server.series.all()[0]!;
      const marked = randomUUID();
      const other = randomUUID();
      const attendee = { role: 'attendee', deviceId: 'device-anna' } as const;
      for (const [questionId, text] of [[marked, 'Wer pflegt die Inhalte?'], [other, 'Gibt es das auch auf Englisch?']] as const) {
        const asked = await may.runtime.dispatch(attendee, { id: randomUUID(), type: 'question:ask', payload: { questionId, target: { kind: 'stand', id: standA }, text, authorName: asker } });
        expect(asked).toMatchObject({ ok: true });
        expect(await command(may.record.slug, app.moderatorToken, 'question:answer', { questionId, text: `Antwort auf: ${text}` }).then((r) => r.status)).toBe(200);
      }
      expect(await command(may.record.slug, app.moderatorToken, 'question:mark-faq', { questionId: marked, faq: true }).then((r) => r.status)).toBe(200);
      const next = await call('/api/events/next', {
        method: 'POST',
        token: app.organizerToken,
        body: { from: may.record.id, firstDay: '2026-11-05', copy: { rooms: true, floorPlan: true, stands: true, programme: false } },
      });
      expect(next.status).toBe(201);
      const november = app.server.series.bySlug('2026-nov')!;
      const library = async (q?: string) => {
        const response = await call(`/api/library${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`);
        expect(response.status).toBe(200);
        const text = await response.text();
        return { text, projects: libraryReplySchema.parse(JSON.parse(text)).projects };
      };
      return { app, call, command, may, november, library };
    }

    it('shows a returning project once, with May’s marked answer, both dates, and no asker’s name anywhere', async () => {
      const { library, may } = await seriesWithAnswer();
      const { text, projects } = await library();
      const project = projects.find((p) => p.standId === standA)!;
      expect(project.shown.map((s) => [s.slug, s.firstDay])).toEqual([[may.record.slug, '2026-05-14'], ['2026-nov', '2026-11-05']]);
      expect(project.answers).toEqual([{ question: 'Wer pflegt die Inhalte?', answer: 'Antwort auf: Wer pflegt die Inhalte?', answeredAt: expect.any(String), eventSlug: may.record.slug }]);
      expect(text).not.toContain(asker);
      expect(text).not.toContain('Englisch');
      expect(projects.map((p) => p.profile.name)).toEqual([...projects.map((p) => p.profile.name)].sort((a, b) => a.localeCompare(b, 'de')));
    });

    it('takes in an answer marked at the second date within the answers’ lag (votes do not rebuild the index per request)', async () => {
      const { library, november, app } = await seriesWithAnswer();
      await library();
      const questionId = randomUUID();
      const staff = { role: 'organizer' } as const;
      expect(await november.runtime.dispatch({ role: 'attendee', deviceId: 'device-ben' }, { id: randomUUID(), type: 'question:ask', payload: { questionId, target: { kind: 'stand', id: standA }, text: 'Und im November?' } })).toMatchObject({ ok: true });
      expect(await november.runtime.dispatch(staff, { id: randomUUID(), type: 'question:answer', payload: { questionId, text: 'Jetzt mit Chat.' } })).toMatchObject({ ok: true });
      expect(await november.runtime.dispatch(staff, { id: randomUUID(), type: 'question:mark-faq', payload: { questionId, faq: true } })).toMatchObject({ ok: true });
      app.clock.advance(answersLagMs);
      const project = (await library()).projects.find((p) => p.standId === standA)!;
      expect(project.answers.map((a) => [a.eventSlug, a.answer])).toEqual([['2026-nov', 'Jetzt mit Chat.'], [expect.any(String), 'Antwort auf: Wer pflegt die Inhalte?']]);
    });

    it('finds the project by a word of its cost text with a typo, and by its library answer', async () => {
      const { library, app } = await seriesWithAnswer();
      expect((await library('Kosten Redaktin')).projects[0]?.standId).toBe(standA);
      expect((await library('Inhalte pflegt')).projects.map((p) => p.standId)).toEqual([standA]);
      expect((await library('')).projects.length).toBeGreaterThan(5);
      expect((await app.server.fetch(new Request(`http://ortstermin.test/api/library?q=${'x'.repeat(201)}`))).status).toBe(400);
    });

    it('lets the stand’s own host withdraw it, refuses another stand’s host, and the organizer puts it back on the closed first event', async () => {
      const { library, command, call, november, app, may } = await seriesWithAnswer();
      const refused = await command('2026-nov', await hostToken(november, standB), 'library:withdraw', { standId: standA, withdrawn: true });
      expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((await library()).projects.map((p) => p.standId)).toContain(standA);

      expect((await command('2026-nov', await hostToken(november, standA), 'library:withdraw', { standId: standA, withdrawn: true })).status).toBe(200);
      expect(november.runtime.live.snapshotFor(['public']).state.library[standA]?.withdrawn).toBe(true);
      const after = await library();
      expect(after.projects.map((p) => p.standId)).not.toContain(standA);
      expect(after.text).not.toContain('Wer pflegt die Inhalte?');
      expect((await library('Kosten Redaktin')).projects.map((p) => p.standId)).not.toContain(standA);

      // The latest word counts, whichever event it was said at.
      app.clock.advance(60_000);
      expect((await call(`/api/events/${may.record.id}/close`, { method: 'POST', token: app.organizerToken })).status).toBe(200);
      expect(await (await command(may.record.slug, app.organizerToken, 'announcement:post', { level: 'info', text: 'Zu spät' })).json()).toMatchObject({ error: { code: 'event_closed' } });
      expect((await command(may.record.slug, app.organizerToken, 'library:withdraw', { standId: standA, withdrawn: false })).status).toBe(200);
      expect((await library()).projects.map((p) => p.standId)).toContain(standA);
    });

    it('refuses a stand the event does not know, and a payload that is not one', async () => {
      const { command, app } = await seriesWithAnswer();
      expect(await (await command('2026-nov', app.organizerToken, 'library:withdraw', { standId: 'gibt-es-nicht', withdrawn: true })).json()).toMatchObject({ error: { code: 'not_found' } });
      expect(await (await command('2026-nov', app.organizerToken, 'library:withdraw', { standId: standA })).json()).toMatchObject({ error: { code: 'invalid_command' } });
      expect(z.object({ projects: z.array(z.unknown()) }).parse(await (await app.server.fetch(new Request('http://ortstermin.test/2026-nov/api/library'))).json()).projects.length).toBeGreaterThan(0);
    });
  });
}

const files = tempDir();
libraryTests('SQLite', async () => createSqliteStore({ filename: join(files.path, `${randomUUID()}.db`) }));

const cluster = useThrowawayPostgres();
libraryTests('PostgreSQL', async () => createPostgresStore(await cluster().createDatabase(), { max: 3 }));
