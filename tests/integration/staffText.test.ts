import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { addQuestionFixture } from '../support/questionFixture.js';
import { createTestApp, demoDay, type TestApp } from '../support/testServer.js';

/**
 * Issue 28, item 3: what staff type or import goes through the same text rule as an attendee's
 * question (shared/text.ts): bidi controls, NUL and other control characters and lone surrogates
 * are taken out; text that shows nothing is refused where text is required.
 */

const hostile = (words: string) => `${words.replace(' ', ' \u202E')}\u0000\u0007\u001B\uD800\u202C`;
/** What no text a phone, an XML reader or a calendar gets may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFFFD]/;

interface Reply {
  ok: boolean;
  error?: { code: string };
}

async function post(app: TestApp, path: string, body: unknown): Promise<{ status: number; body: Reply }> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${app.organizerToken}` };
  const response = await app.server.fetch(new Request(`http://ortstermin.test${path}`, { method: 'POST', headers, body: JSON.stringify(body) }));
  return { status: response.status, body: (await response.json()) as Reply };
}

const command = async (app: TestApp, type: string, payload: unknown) => (await post(app, '/api/commands', { id: randomUUID(), type, payload })).body;

async function get(app: TestApp, path: string): Promise<string> {
  return (await app.server.fetch(new Request(`http://ortstermin.test${path}`))).text();
}

describe('staff text goes through the text rule', () => {
  it('cleans an announcement correction, the event settings, rooms and a rating poll’s end labels', async () => {
    const app = await createTestApp();
    const f = await addQuestionFixture(app.server);
    expect(await command(app, 'announcement:correct', { announcementId: f.announcement, text: hostile('Saal 2 gesperrt'), textEn: hostile('Hall 2 closed') })).toMatchObject({ ok: true });
    expect(await command(app, 'event:configure', { name: hostile('Digitale Städte'), venue: hostile('Rathaus Mitte'), description: hostile('Ein Tag für alle') })).toMatchObject({ ok: true });
    expect(await command(app, 'room:create', { roomId: 'saal-neu', name: hostile('Neuer Saal'), floor: hostile('Erster Stock') })).toMatchObject({ ok: true });
    expect(await command(app, 'room:rename', { roomId: 'seminar-2', name: hostile('Seminar Zwei') })).toMatchObject({ ok: true });
    const pollId = randomUUID();
    const setup = { sessionId: 'digitale-doerfer', kind: 'rating', scale: 5, question: 'Wie war es?', options: [], lowLabel: hostile('gar nicht'), highLabel: hostile('sehr gut') };
    expect(await command(app, 'poll:create', { pollId, setup })).toMatchObject({ ok: true });

    const state = app.server.live.state();
    expect(state.announcements.find((a) => a.id === f.announcement)).toMatchObject({ text: 'Saal 2 gesperrt', textEn: 'Hall 2 closed' });
    expect(state.event).toMatchObject({ name: 'Digitale Städte', venue: 'Rathaus Mitte', description: 'Ein Tag für alle' });
    expect(state.rooms['saal-neu']).toMatchObject({ name: 'Neuer Saal', floor: 'Erster Stock' });
    expect(state.rooms['seminar-2']?.name).toBe('Seminar Zwei');
    expect(state.polls.polls[pollId]).toMatchObject({ lowLabel: 'gar nicht', highLabel: 'sehr gut' });
    expect(JSON.stringify(state)).not.toMatch(forbidden);

    const xml = await get(app, '/api/export/schedule.xml');
    expect(xml).toContain('Seminar Zwei');
    expect(xml).not.toMatch(forbidden);
    const ics = await get(app, '/api/export/programme.ics');
    expect(ics).toContain('Rathaus Mitte');
    expect(ics).not.toMatch(forbidden);
  });

  it.each([
    ['announcement:correct', { text: '\u0000\u202E' }],
    ['event:configure', { name: '\u200B\u0000' }],
    ['room:create', { name: '\u202E\u202C' }],
    ['room:rename', { roomId: 'seminar-2', name: '\u0001' }],
  ])('%s refuses a required text that shows nothing and changes nothing', async (type, payload) => {
    const app = await createTestApp();
    const f = await addQuestionFixture(app.server);
    const seq = app.server.live.seq();
    const withId = type === 'announcement:correct' ? { announcementId: f.announcement, ...payload } : payload;
    expect(await command(app, type, withId)).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(app.server.live.seq()).toBe(seq);
  });

  it('cleans the label of a new access code (an HTTP body)', async () => {
    const app = await createTestApp();
    const created = await post(app, '/api/access/codes', { role: 'moderator', label: hostile('Team Saal') });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ record: { label: 'Team Saal' } });
    expect((await post(app, '/api/access/codes', { role: 'moderator', label: '\u0000\u202E' })).body).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
  });

  it('cleans the texts of a programme:import and a stands:import payload', async () => {
    const app = await createTestApp();
    const { event, rooms, sessions } = loadDemoEvent(demoDay);
    const [first, ...rest] = sessions;
    if (!first) throw new Error('the demo has sessions');
    const programme = {
      event: { ...event, name: hostile('Digitale Städte'), venue: hostile('Rathaus Mitte') },
      rooms: rooms.map((room) => (room.id === 'seminar-2' ? { ...room, name: hostile('Seminar Zwei') } : room)),
      sessions: [{ ...first, title: hostile('Eröffnung heute'), abstract: `Zeile eins\n\tZeile zwei${hostile(' und drei')}`, speakers: [hostile('Erika Muster')] }, ...rest],
    };
    expect(await command(app, 'programme:import', { programme })).toMatchObject({ ok: true });
    const stands = loadDemoStands();
    const [stand, ...others] = stands.stands;
    if (!stand) throw new Error('the demo has stands');
    const file = { ...stands, stands: [{ ...stand, name: hostile('Digitale Dörfer'), description: hostile('Mehr als eine App') }, ...others] };
    expect(await command(app, 'stands:import', file)).toMatchObject({ ok: true });

    const state = app.server.live.state();
    expect(state.event).toMatchObject({ name: 'Digitale Städte', venue: 'Rathaus Mitte' });
    expect(state.rooms['seminar-2']?.name).toBe('Seminar Zwei');
    expect(state.sessions[first.id]).toMatchObject({ title: 'Eröffnung heute', abstract: 'Zeile eins\n\tZeile zwei und drei', speakers: ['Erika Muster'] });
    expect(state.stands[stand.id]).toMatchObject({ name: 'Digitale Dörfer', description: 'Mehr als eine App' });
    expect(JSON.stringify(state)).not.toMatch(forbidden);
  });
});
