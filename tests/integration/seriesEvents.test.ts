import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nextEventSummarySchema } from '../../shared/nextEvent.js';
import { snapshotSchema } from '../../shared/syncReply.js';
import { commandsAfterClose, seriesEventSchema } from '../../shared/series.js';
import type { Store } from '../../server/kernel/store.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { commandTypes } from '../../shared/commands.js';
import { mayRun, type Actor } from '../../shared/roles.js';
import { TestDevice } from '../support/socketClient.js';
import { tempDir } from '../support/testServer.js';
import { useTwoEvents } from '../support/twoEvents.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const target = { kind: 'session', id: 'eroeffnung' } as const;

/** The state of an event's snapshot over HTTP, read as a phone reads it. */
async function snapshotAt(call: (path: string) => Promise<Response>, path: string) {
  return z.object({ snapshot: snapshotSchema }).parse(await (await call(path)).json()).snapshot.state;
}

function seriesTests(name: string, newHome: () => Promise<Store>) {
  describe(`a series of two events (${name})`, () => {
    const openTwo = useTwoEvents(newHome);
    const open = async () => {
      const app = await openTwo();
      const call = (path: string, init: RequestInit = {}, token?: string) =>
        fetch(`${app.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
      const redeem = async (slug: string, code: string) => {
        const response = await call(`/${slug}/api/access/redeem`, { method: 'POST', body: JSON.stringify({ code }) });
        return response.ok ? z.object({ token: z.string() }).parse(await response.json()).token : null;
      };
      const roleAt = async (slug: string, token: string) => {
        const response = await call(`/${slug}/api/me`, {}, token);
        return response.ok ? z.object({ role: z.string() }).parse(await response.json()).role : response.status;
      };
      return { ...app, call, redeem, roleAt };
    };

    it('lets a moderator’s code open its own event only, and an organizer’s code every event', async () => {
      const app = await open();
      const mayModerator = await app.site('2026-mai').access.createCode({ role: 'moderator', label: 'Moderation Mai' });
      const organizer = await app.site('2026-mai').access.createCode({ role: 'organizer', label: 'Orga' });
      expect(await app.redeem('2026-okt', mayModerator.code)).toBeNull();
      const mayToken = await app.redeem('2026-mai', mayModerator.code);
      expect(mayToken).not.toBeNull();
      expect(await app.roleAt('2026-mai', mayToken!)).toBe('moderator');
      expect(await app.roleAt('2026-okt', mayToken!)).toBe(401);
      // A code of a later event opens that event, and never the first (where codes from before series belong).
      const octoberModerator = await app.site('2026-okt').access.createCode({ role: 'moderator', label: 'Moderation Oktober' });
      expect(await app.redeem('2026-mai', octoberModerator.code)).toBeNull();
      expect(await app.roleAt('2026-okt', (await app.redeem('2026-okt', octoberModerator.code))!)).toBe('moderator');
      const organizerToken = await app.redeem('2026-okt', organizer.code);
      expect(await app.roleAt('2026-mai', organizerToken!)).toBe('organizer');
      expect(await app.roleAt('2026-okt', organizerToken!)).toBe('organizer');
      // The codes each event's organizer page lists: its own and the series' organizers'.
      expect((await app.site('2026-okt').access.listCodes()).map((code) => code.label).sort()).toEqual(['Moderation Oktober', 'Orga']);
    });

    it('refuses a device id of one event at another', async () => {
      const app = await open();
      const issued = await app.site('2026-mai').deviceIds.issue('127.0.0.1');
      if (!('deviceId' in issued)) throw new Error('no device id');
      const wrong = new TestDevice(app.url, { deviceId: issued.deviceId, extraAuth: { event: '2026-okt' } });
      await expect(wrong.connect()).rejects.toThrow('invalid_device');
      wrong.disconnect();
      const right = await new TestDevice(app.url, { deviceId: issued.deviceId, extraAuth: { event: '2026-mai' } }).connect();
      expect(right.state.event?.startsAt.slice(0, 10)).toBe('2026-05-14');
      right.disconnect();
    });

    it('lists the events, opens the current one at the root, and the next once the first is over', async () => {
      const app = await open();
      const list = async () => z.object({ events: z.array(seriesEventSchema) }).parse(await (await app.call('/api/events')).json()).events;
      expect(await list()).toEqual([
        expect.objectContaining({ slug: '2026-mai', status: 'current', firstDay: '2026-05-14' }),
        expect.objectContaining({ slug: '2026-okt', status: 'upcoming', firstDay: '2026-10-22' }),
      ]);
      const rootDay = async () => (await snapshotAt(app.call, '/api/snapshot')).event?.startsAt.slice(0, 10);
      expect(await rootDay()).toBe('2026-05-14');
      app.clock.set(Date.parse('2026-06-01T10:00:00Z'));
      expect((await list()).map((event) => event.status)).toEqual(['past', 'upcoming']);
      expect(await rootDay()).toBe('2026-10-22');
      // A socket that names no event is the root's too.
      const phone = await new TestDevice(app.url).connect();
      expect(phone.state.event?.startsAt.slice(0, 10)).toBe('2026-10-22');
      phone.disconnect();
    });

    it('makes the next date from the last: the summary first, then exactly that event, at its own address', async () => {
      const app = await open();
      const organizer = await app.site('2026-mai').access.createCode({ role: 'organizer', label: 'Orga' });
      const token = (await app.redeem('2026-mai', organizer.code))!;
      const moderator = await app.site('2026-mai').access.createCode({ role: 'moderator', label: 'Moderation' });
      const moderatorToken = (await app.redeem('2026-mai', moderator.code))!;
      const ask = (body: object, as = token) => app.call('/api/events/next', { method: 'POST', body: JSON.stringify(body) }, as);
      const copy = { rooms: true, floorPlan: true, stands: true, programme: false };
      const request = { from: 'e-mai', firstDay: '2026-11-05', venue: 'Stadthalle Koblenz', copy };
      expect((await ask({ ...request, preview: true }, moderatorToken)).status).toBe(403);
      expect(await (await ask({ ...request, copy: { ...copy, rooms: false } })).json()).toMatchObject({ ok: false, error: { code: 'invalid_command', issues: [{ path: 'copy.rooms' }] } });
      expect((await ask({ ...request, firstDay: '2026-11-31' })).status).toBe(400);

      const preview = await (await ask({ ...request, preview: true })).json();
      expect(preview).toMatchObject({ ok: true, created: false, summary: { slug: '2026-nov', firstDay: '2026-11-05', venue: 'Stadthalle Koblenz', sessions: 0, floorPlan: true } });
      expect(app.server.series.all()).toHaveLength(2);
      const created = await ask(request);
      expect(created.status).toBe(201);
      const body = z.object({ summary: nextEventSummarySchema, events: z.array(seriesEventSchema) }).parse(await created.json());
      expect(body.summary).toEqual(preview.summary);
      expect(body.events.map((event) => event.slug)).toEqual(['2026-mai', '2026-okt', '2026-nov']);

      const state = await snapshotAt(app.call, '/2026-nov/api/snapshot');
      const may = app.site('2026-mai').runtime.live.state();
      expect(state.event?.venue).toBe('Stadthalle Koblenz');
      expect(Object.keys(state.rooms)).toEqual(Object.keys(may.rooms));
      expect(Object.keys(state.stands)).toEqual(Object.keys(may.stands));
      expect(state.sessions).toEqual({});
      // Its own device ids and codes: May's moderator code does not open it.
      expect(await app.roleAt('2026-nov', moderatorToken)).toBe(401);
      expect(await app.roleAt('2026-nov', token)).toBe('organizer');
    });

    it('closes an event early: it refuses new content with event_closed, still erases and lets a person leave the list, and stays readable', async () => {
      const app = await open();
      const asker: Actor = { role: 'attendee', deviceId: 'device-asker' };
      const questionId = randomUUID();
      await app.run('2026-mai', asker, 'question:ask', { questionId, target, text: 'Was kostet das Portal?' });
      const listing = { listingId: randomUUID(), name: 'Anna Schmidt', org: 'Stadt Kusel', role: '', topics: [], requests: false, mailbox: null };
      expect(await app.run('2026-mai', asker, 'directory:join', listing)).toMatchObject({ ok: true });
      const moderator = await app.site('2026-mai').access.createCode({ role: 'moderator', label: 'Moderation' });
      const moderatorToken = await app.redeem('2026-mai', moderator.code);
      const organizer = await app.site('2026-mai').access.createCode({ role: 'organizer', label: 'Orga' });
      const organizerToken = await app.redeem('2026-mai', organizer.code);
      expect((await app.call('/api/events/e-mai/close', { method: 'POST' }, moderatorToken!)).status).toBe(403);
      expect((await app.call('/api/events/e-mai/close', { method: 'POST' }, organizerToken!)).status).toBe(200);
      expect((await app.call('/api/events/e-mai/close', { method: 'POST' }, organizerToken!)).status).toBe(404);

      for (const [type, payload] of [
        ['question:ask', { questionId: randomUUID(), target, text: 'Noch eine Frage' }],
        ['question:vote', { questionId, up: true }],
        ['announcement:post', { level: 'info', text: 'Zu spät' }],
        ['session:cancel', { sessionId: 'eroeffnung' }],
      ] as const) {
        const result = await app.site('2026-mai').runtime.dispatch(type === 'question:ask' || type === 'question:vote' ? asker : { role: 'organizer' }, { id: randomUUID(), type, payload });
        expect(result, type).toMatchObject({ ok: false, error: { code: 'event_closed' } });
      }
      // Every command that adds or changes content, whoever may send it, with any payload: the check comes first.
      for (const type of commandTypes.filter((type) => !commandsAfterClose.has(type))) {
        const actor = ([{ role: 'organizer' }, { role: 'host', standId: 'digitale-doerfer' }, asker] as const).find((who) => mayRun(who, type));
        const result = await app.site('2026-mai').runtime.dispatch(actor!, { id: randomUUID(), type, payload: {} });
        expect(result, type).toMatchObject({ ok: false, error: { code: 'event_closed' } });
      }
      // A moderator's code of a past event no longer opens it; the organizer's still erases.
      expect(await app.roleAt('2026-mai', moderatorToken!)).toBe(401);
      const erased = await app.call('/2026-mai/api/commands', { method: 'POST', body: JSON.stringify({ id: randomUUID(), type: 'question:delete', payload: { questionId } }) }, organizerToken!);
      expect(erased.status).toBe(200);
      // A person listed in "Wer ist da?" can still leave the list.
      expect(await app.run('2026-mai', asker, 'directory:leave', {})).toMatchObject({ ok: true });
      const snapshot = await app.call('/2026-mai/api/snapshot');
      expect(snapshot.status).toBe(200);
      expect(JSON.stringify(await snapshot.json())).not.toContain('Anna Schmidt');
      // The other event goes on.
      expect(await app.run('2026-okt', asker, 'question:ask', { questionId: randomUUID(), target, text: 'Und im Oktober?' })).toMatchObject({ ok: true });
    });
  });
}

const files = tempDir();
seriesTests('SQLite', async () => createSqliteStore({ filename: join(files.path, `${randomUUID()}.db`) }));

const cluster = useThrowawayPostgres();
seriesTests('PostgreSQL', async () => createPostgresStore(await cluster().createDatabase(), { max: 3 }));
