import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';
import { createTestApp } from '../support/testServer.js';

const moderator: Actor = { role: 'moderator' };
const attendee: Actor = { role: 'attendee' };
const host: Actor = { role: 'host', standId: 'digitale-doerfer' };

async function setup() {
  const app = await createTestApp();
  const published: unknown[] = [];
  const run = <K extends CommandType>(actor: Actor, type: K, payload: CommandPayload<K>, id = randomUUID()) =>
    app.server.dispatch(actor, { id, type, payload });
  const seq = () => app.store.log.lastSeq();
  return { app, run, seq, published, session: (id: string) => app.server.live.state().sessions[id]! };
}

describe('agenda commands', () => {
  it('moves a session to a new time, keeping its length, and to a new room', async () => {
    const { run, session, seq } = await setup();
    const before = seq();
    const result = await run(moderator, 'session:move', { sessionId: 'eroeffnung', startsAt: '2026-05-14T14:00:00+02:00', roomId: 'seminar-1' });
    expect(result).toEqual({ ok: true, seq: before + 1 });
    expect(session('eroeffnung')).toMatchObject({
      startsAt: '2026-05-14T12:00:00.000Z',
      endsAt: '2026-05-14T12:30:00.000Z',
      roomId: 'seminar-1',
      original: { startsAt: '2026-05-14T07:30:00.000Z', roomId: 'auditorium' },
    });
  });

  it('writes nothing for a move to the slot a session already has, however its times are written', async () => {
    const { run, session, seq } = await setup();
    const before = seq();
    const { startsAt, endsAt, roomId } = session('eroeffnung');
    const berlin = (iso: string) => `${new Date(Date.parse(iso) + 2 * 3600_000).toISOString().slice(0, 19)}+02:00`;
    expect(await run(moderator, 'session:move', { sessionId: 'eroeffnung', startsAt: berlin(startsAt), endsAt: berlin(endsAt), roomId })).toEqual({ ok: true, seq: before });
    expect(seq()).toBe(before);
  });

  it('cancels, refuses a second cancel, and reinstates', async () => {
    const { run, session } = await setup();
    expect((await run(moderator, 'session:cancel', { sessionId: 'westpfalz-wiki', reason: 'Referent krank' })).ok).toBe(true);
    expect(session('westpfalz-wiki').status).toBe('cancelled');
    const again = await run(moderator, 'session:cancel', { sessionId: 'westpfalz-wiki' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await run(moderator, 'session:reinstate', { sessionId: 'westpfalz-wiki' })).ok).toBe(true);
    expect(session('westpfalz-wiki').status).toBe('scheduled');
  });

  it('renames and adds sessions; an unchanged title writes nothing', async () => {
    const { run, session, seq } = await setup();
    await run(moderator, 'session:rename', { sessionId: 'ausblick', title: 'Ausblick 2020' });
    expect(session('ausblick').title).toBe('Ausblick 2020');
    const before = seq();
    expect((await run(moderator, 'session:rename', { sessionId: 'ausblick', title: 'Ausblick 2020' })).ok).toBe(true);
    expect(seq()).toBe(before);
    const added = await run(moderator, 'session:add', {
      sessionId: 'extra', title: 'Zusatzslot', startsAt: '2026-05-14T16:00:00+02:00', endsAt: '2026-05-14T16:30:00+02:00', roomId: 'seminar-2',
    });
    expect(added.ok).toBe(true);
    expect(session('extra')).toMatchObject({ title: 'Zusatzslot', status: 'scheduled', roomId: 'seminar-2' });
  });

  it('posts announcements whose id is the command id', async () => {
    const { app, run } = await setup();
    const id = randomUUID();
    expect((await run(moderator, 'announcement:post', { level: 'urgent', text: 'Raumwechsel!', textEn: 'Room change!' }, id)).ok).toBe(true);
    expect(app.server.live.state().announcements[0]).toMatchObject({ id, level: 'urgent', text: 'Raumwechsel!', textEn: 'Room change!' });
  });

  it('answers a repeated command id with the first answer and changes nothing more', async () => {
    const { app, run, seq } = await setup();
    const id = randomUUID();
    const first = await run(moderator, 'announcement:post', { level: 'info', text: 'Kaffee ist da' }, id);
    const again = await run(moderator, 'announcement:post', { level: 'info', text: 'Kaffee ist da' }, id);
    expect(again).toEqual(first);
    expect(app.server.live.state().announcements).toHaveLength(1);
    expect(seq()).toBe(first.ok ? first.seq : -1);
  });
});

describe('bad commands get a typed error and change nothing', () => {
  const cases: { name: string; actor: Actor; raw: unknown; code: string }[] = [
    { name: 'not an object', actor: moderator, raw: 'move it', code: 'invalid_command' },
    { name: 'no uuid', actor: moderator, raw: { id: '1', type: 'session:move', payload: {} }, code: 'invalid_command' },
    { name: 'unknown type', actor: moderator, raw: { id: randomUUID(), type: 'session:explode', payload: {} }, code: 'unknown_command' },
    { name: 'prototype key as type', actor: moderator, raw: { id: randomUUID(), type: 'constructor', payload: {} }, code: 'unknown_command' },
    { name: 'wrong types', actor: moderator, raw: { id: randomUUID(), type: 'session:move', payload: { sessionId: 5 } }, code: 'invalid_command' },
    { name: 'nothing to move', actor: moderator, raw: { id: randomUUID(), type: 'session:move', payload: { sessionId: 'eroeffnung' } }, code: 'invalid_command' },
    { name: 'overlong title', actor: moderator, raw: { id: randomUUID(), type: 'session:rename', payload: { sessionId: 'eroeffnung', title: 'x'.repeat(201) } }, code: 'invalid_command' },
    { name: 'overlong announcement', actor: moderator, raw: { id: randomUUID(), type: 'announcement:post', payload: { level: 'info', text: 'x'.repeat(1001) } }, code: 'invalid_command' },
    { name: 'unknown session', actor: moderator, raw: { id: randomUUID(), type: 'session:cancel', payload: { sessionId: 'gibt-es-nicht' } }, code: 'not_found' },
    { name: 'a prototype name as session id', actor: moderator, raw: { id: randomUUID(), type: 'session:move', payload: { sessionId: 'constructor', roomId: 'seminar-1' } }, code: 'not_found' },
    { name: 'a prototype name as room id', actor: moderator, raw: { id: randomUUID(), type: 'session:move', payload: { sessionId: 'eroeffnung', roomId: 'toString' } }, code: 'not_found' },
    { name: 'unknown room', actor: moderator, raw: { id: randomUUID(), type: 'session:move', payload: { sessionId: 'eroeffnung', roomId: 'keller' } }, code: 'not_found' },
    { name: 'end before start', actor: moderator, raw: { id: randomUUID(), type: 'session:move', payload: { sessionId: 'eroeffnung', endsAt: '2026-05-14T06:00:00Z' } }, code: 'invalid_command' },
    { name: 'attendee moves a session', actor: attendee, raw: { id: randomUUID(), type: 'session:move', payload: { sessionId: 'eroeffnung', roomId: 'seminar-1' } }, code: 'unauthenticated' },
    { name: 'host posts an announcement', actor: host, raw: { id: randomUUID(), type: 'announcement:post', payload: { level: 'urgent', text: 'Hallo' } }, code: 'forbidden' },
  ];

  it.each(cases)('$name → $code', async ({ actor, raw, code }) => {
    const { app, seq } = await setup();
    const before = { seq: seq(), state: app.server.live.state() };
    const result = await app.server.dispatch(actor, raw);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(seq()).toBe(before.seq);
    expect(app.server.live.state()).toBe(before.state);
  });
});
