import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { socketEvents } from '../../shared/events.js';
import { schemaVersion } from '../../shared/publicState.js';
import { parseSyncReply } from '../../shared/syncReply.js';
import { eventually } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';
import { createTestApp, type TestApp } from '../support/testServer.js';

const { running, device } = useServers();

async function command(app: TestApp, token: string | null, type: string, payload: unknown, id: string = randomUUID()) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await app.server.fetch(
    new Request('http://ortstermin.test/api/commands', { method: 'POST', headers, body: JSON.stringify({ id, type, payload }) }),
  );
  return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string; issues?: { path: string }[] } } };
}

describe('a moderator cannot poison the change log with an instant (defect 1)', () => {
  const sessionId = 'westpfalz-wiki';
  it.each([
    ['year 9999 at -12:00, which is year 10000 in UTC', { startsAt: '9999-12-31T23:59:59-12:00' }, 'startsAt'],
    ['year 0000 at +01:00, which is year -1 in UTC', { startsAt: '0000-01-01T00:00:00+01:00' }, 'startsAt'],
    ['1999', { startsAt: '1999-05-14T10:00:00+02:00' }, 'startsAt'],
    ['the week after the event', { startsAt: '2026-05-21T10:00:00+02:00' }, 'startsAt'],
    ['2031', { startsAt: '2031-05-14T10:00:00+02:00' }, 'startsAt'],
    ['a ten-year session', { endsAt: '2036-05-14T10:00:00+02:00' }, 'endsAt'],
    ['a 1 ms session', { startsAt: '2026-05-14T10:00:00.000+02:00', endsAt: '2026-05-14T10:00:00.001+02:00' }, 'endsAt'],
  ])('refuses %s with a typed error naming the field and changes nothing', async (_name, times, field) => {
    const app = await createTestApp();
    const before = app.server.live.seq();
    const { status, body } = await command(app, app.moderatorToken, 'session:move', { sessionId, ...times });
    expect(status).toBe(400);
    expect(body.error?.code).toBe('invalid_command');
    expect(body.error?.issues?.some((i) => i.path === field || i.path === `payload.${field}`)).toBe(true);
    expect(app.server.live.seq()).toBe(before);
  });

  it('still moves a session within the event day', async () => {
    const app = await createTestApp();
    const { body } = await command(app, app.moderatorToken, 'session:move', { sessionId, startsAt: '2026-05-14T16:00:00+02:00' });
    expect(body.ok).toBe(true);
  });
});

describe('a reused command id (defect 7)', () => {
  it('gets id_conflict for another payload, type or sender; the same command again gets its first answer', async () => {
    const app = await createTestApp();
    const id = randomUUID();
    const first = await command(app, app.moderatorToken, 'announcement:post', { level: 'info', text: 'Kaffee im Foyer' }, id);
    expect(first.body.ok).toBe(true);
    const again = await command(app, app.moderatorToken, 'announcement:post', { level: 'info', text: 'Kaffee im Foyer' }, id);
    expect(again.body).toEqual(first.body);
    const otherText = await command(app, app.moderatorToken, 'announcement:post', { level: 'urgent', text: 'Feueralarm' }, id);
    expect(otherText).toMatchObject({ status: 409, body: { ok: false, error: { code: 'id_conflict' } } });
    const otherType = await command(app, app.moderatorToken, 'session:cancel', { sessionId: 'kaffeepause' }, id);
    expect(otherType.body.error?.code).toBe('id_conflict');
    const otherSender = await command(app, app.organizerToken, 'announcement:post', { level: 'info', text: 'Kaffee im Foyer' }, id);
    expect(otherSender.body.error?.code).toBe('id_conflict');
    expect(app.server.live.state().announcements.map((a) => a.text)).toEqual(['Kaffee im Foyer']);
  });
});

describe('question text (defect 9)', () => {
  const target = { kind: 'session' as const, id: 'digitale-doerfer' };
  it.each([
    ['only zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF'],
    ['only a bidi override and spaces', '\u202E  \u202C'],
    ['only NUL', '\u0000\u0000'],
  ])('refuses text made of %s', async (_name, text) => {
    const app = await running();
    const attendee = await device(app.url);
    const before = app.server.live.seq();
    const result = await attendee.send('question:ask', { questionId: randomUUID(), target, text });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(app.server.live.seq()).toBe(before);
  });

  it('stores text without bidi controls, NUL or lone surrogates, in NFC', async () => {
    const app = await running();
    const attendee = await device(app.url);
    const questionId = randomUUID();
    const text = 'Kosten \u202Eder\u202C Pla\u0000ttform fu\u0308r Do\u0308rfer \uD800?';
    expect(await attendee.send('question:ask', { questionId, target, text })).toMatchObject({ ok: true });
    expect(app.server.live.state().questions[questionId]?.text).toBe('Kosten der Plattform für Dörfer ?');
  });
});

describe('a hidden question stays unreadable for attendees (defect 4)', () => {
  it('holds its text neither in GET /api/changes?since=0 nor in a sync from lastSeq 0', async () => {
    const app = await running();
    const attendee = await device(app.url);
    const moderator = await device(app.url, app.moderatorToken);
    const questionId = randomUUID();
    const text = 'Meine Telefonnummer ist 0631 1234567';
    await attendee.send('question:ask', { questionId, target: { kind: 'session', id: 'digitale-doerfer' }, text, authorName: 'Erika Mustermann' });
    expect(await moderator.send('question:hide', { questionId })).toMatchObject({ ok: true });

    const http = await (await fetch(`${app.url}/api/changes?since=0`)).text();
    expect(http).not.toContain('0631');
    expect(http).not.toContain('Mustermann');
    const raw: unknown = await attendee.socket.timeout(5000).emitWithAck(socketEvents.sync, { lastSeq: 0, schemaVersion });
    const reply = parseSyncReply(raw);
    expect(reply).not.toBeNull();
    expect(JSON.stringify(reply)).not.toContain('0631');
    expect(JSON.stringify(reply)).not.toContain('Mustermann');
    // Staff still see it, hidden.
    const staffReply = parseSyncReply(await moderator.socket.timeout(5000).emitWithAck(socketEvents.sync, { lastSeq: 0, schemaVersion }));
    expect(JSON.stringify(staffReply)).toContain('0631');
  });
});

describe('a merged-away question stays unreadable for attendees', () => {
  it('holds its text neither in GET /api/changes?since=0, a sync from lastSeq 0 nor a live change; staff keep it', async () => {
    const app = await running();
    const attendee = await device(app.url);
    const watcher = await device(app.url);
    const moderator = await device(app.url, app.moderatorToken);
    const [kept, duplicate] = [randomUUID(), randomUUID()];
    const target = { kind: 'session' as const, id: 'digitale-doerfer' };
    await attendee.send('question:ask', { questionId: kept, target, text: 'Was hat die Plattform gekostet?' });
    await attendee.send('question:ask', { questionId: duplicate, target, text: 'Was kostet das? Fragt Erika, 0631 7654321', authorName: 'Erika Mustermann' });
    expect(await moderator.send('question:merge', { questionId: duplicate, intoId: kept })).toMatchObject({ ok: true });

    const http = await (await fetch(`${app.url}/api/changes?since=0`)).text();
    expect(http).not.toContain('7654321');
    expect(http).not.toContain('Mustermann');
    const reply = parseSyncReply(await attendee.socket.timeout(5000).emitWithAck(socketEvents.sync, { lastSeq: 0, schemaVersion }));
    expect(reply).not.toBeNull();
    expect(JSON.stringify(reply)).not.toContain('7654321');
    // A phone that was there when it was merged keeps only the pointer to the question it went into.
    await eventually(() => watcher.state.questions[duplicate]?.mergedInto === kept);
    expect(watcher.state.questions[duplicate]).toMatchObject({ mergedInto: kept });
    expect(JSON.stringify(watcher.state.questions[duplicate])).not.toContain('7654321');
    const staffReply = parseSyncReply(await moderator.socket.timeout(5000).emitWithAck(socketEvents.sync, { lastSeq: 0, schemaVersion }));
    expect(JSON.stringify(staffReply)).toContain('7654321');
  });
});
