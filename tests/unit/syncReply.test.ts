import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SyncAck, SyncBody } from '../../shared/events.js';
import type { Actor } from '../../shared/roles.js';
import { schemaVersion } from '../../shared/publicState.js';
import { encodeSyncBody, parseSyncReply } from '../../shared/syncReply.js';
import { roomsFor } from '../../server/kernel/audience.js';
import { createSyncAcks, createSyncBodies } from '../../server/transport/syncReply.js';
import { addQuestionFixture, standA } from '../support/questionFixture.js';
import { createTestApp } from '../support/testServer.js';

const attendee: Actor = { role: 'attendee', deviceId: 'sync-test' };
const moderator: Actor = { role: 'moderator', deviceId: 'sync-test-staff' };
const host: Actor = { role: 'host', standId: standA, deviceId: 'sync-test-host' };
const fresh = { lastSeq: null, schemaVersion };

/** A server with questions in every state, the demo stands and floor plan, and its sync acks. */
async function busyServer() {
  const app = await createTestApp();
  await addQuestionFixture(app.server);
  return { ...app, acks: createSyncAcks(app.server.live, app.clock) };
}

/** The ack as a browser receives it: the body's bytes arrive as an ArrayBuffer of their own. */
function overTheWire(ack: SyncAck): SyncAck {
  if (ack.kind !== 'encoded') return JSON.parse(JSON.stringify(ack)) as SyncAck;
  return { ...ack, body: new Uint8Array(ack.body).slice().buffer };
}

/** The ack with its body's JSON text edited, as a broken or hostile server might send it. */
function withBodyText(ack: SyncAck, edit: (text: string) => string): SyncAck {
  if (ack.kind !== 'encoded') throw new Error('expected an encoded ack');
  return { ...ack, body: new TextEncoder().encode(edit(new TextDecoder().decode(ack.body))) };
}

describe('sync replies as a device reads them', () => {
  it.each([attendee, moderator, host])('gives a $role the snapshot and the catch-up the server holds for it', async (actor) => {
    const { server, acks } = await busyServer();
    // The socket makes the view ready before it answers: a stand's is read from the log then.
    await server.live.readyFor(roomsFor(actor));
    const snapshot = parseSyncReply(overTheWire(acks(fresh, actor)));
    expect(snapshot?.kind).toBe('snapshot');
    expect(snapshot).toMatchObject({ snapshot: JSON.parse(JSON.stringify(server.live.snapshotFor(roomsFor(actor)))) });
    const changes = parseSyncReply(overTheWire(acks({ lastSeq: 1, schemaVersion }, actor)));
    expect(changes).toMatchObject({ kind: 'changes', seq: server.live.seq() });
    expect(changes?.kind === 'changes' && changes.changes.length).toBe(server.live.changesAfter(1, roomsFor(actor))?.length);
  });

  it('refuses a snapshot with a session the app could not show', async () => {
    const { acks } = await busyServer();
    const broken = withBodyText(acks(fresh, attendee), (text) => text.replace('"title":"', '"title":7,"x":"'));
    expect(parseSyncReply(broken)).toBeNull();
  });

  it('refuses a catch-up with one unknown or malformed change among good ones', async () => {
    const { acks } = await busyServer();
    const ack = acks({ lastSeq: 1, schemaVersion }, attendee);
    expect(parseSyncReply(withBodyText(ack, (text) => text.replace(/"type":"[^"]+"/, '"type":"session:exploded"')))).toBeNull();
    // A cancellation whose session id is a number: the reducer would index the state with it.
    const withBadData = withBodyText(ack, (text) => text.replace(/("type":"session:cancelled".*?"sessionId":)"[^"]+"/, '$17'));
    expect(new TextDecoder().decode(withBadData.kind === 'encoded' ? withBadData.body : undefined)).toContain('"sessionId":7');
    expect(parseSyncReply(withBadData)).toBeNull();
  });

  it('refuses what is not a reply at all, a body that is not JSON, a snapshot not encoded; passes on the typed error', async () => {
    const { server, acks } = await busyServer();
    const plainSnapshot = { kind: 'snapshot', snapshot: server.live.snapshotFor(['public']), serverTime: 0 };
    const notJson = { kind: 'encoded', body: new TextEncoder().encode('{"kind":"snap'), serverTime: 0 };
    for (const junk of [null, 'snapshot', { kind: 'snapshot' }, { kind: 'encoded', body: 'text', serverTime: 0 }, plainSnapshot, notJson]) {
      expect(parseSyncReply(junk)).toBeNull();
    }
    expect(acks({ lastSeq: -1, schemaVersion }, attendee)).toEqual({ kind: 'error', code: 'invalid_command' });
    expect(parseSyncReply({ kind: 'error', code: 'invalid_command' })).toEqual({ kind: 'error', code: 'invalid_command' });
  });
});

describe('sync bodies on the server', () => {
  it('are encoded once per seq and audience and shared by every device that asks the same', async () => {
    const { server, acks } = await busyServer();
    const bodyOf = (actor: Actor, lastSeq: number | null) => {
      const ack = acks({ lastSeq, schemaVersion }, actor);
      if (ack.kind !== 'encoded') throw new Error('expected an encoded ack');
      return ack.body;
    };
    const first = bodyOf(attendee, null);
    expect(bodyOf({ ...attendee, deviceId: 'another-phone' }, null)).toBe(first);
    expect(bodyOf(moderator, null)).not.toBe(first);
    expect(bodyOf(attendee, 1)).toBe(bodyOf({ ...attendee, deviceId: 'third-phone' }, 1));

    const announced = await server.dispatch(moderator, {
      id: randomUUID(),
      type: 'announcement:post',
      payload: { level: 'info', text: 'Kaffee im Foyer' },
    });
    expect(announced.ok).toBe(true);
    const after = bodyOf(attendee, null);
    expect(after).not.toBe(first);
    expect(new TextDecoder().decode(after)).toContain('Kaffee im Foyer');

    // A rebuild may reuse seqs for other changes: nothing encoded before it is sent after it.
    await server.live.rebuild();
    expect(bodyOf(attendee, null)).not.toBe(after);
    // The same content; a question read back from the log may list its fields in another order.
    const decoded = (body: ArrayBuffer | Uint8Array) => JSON.parse(new TextDecoder().decode(body)) as unknown;
    expect(decoded(bodyOf(attendee, null))).toEqual(decoded(after));
  });

  it('encode what the device decodes', () => {
    const body: SyncBody = { kind: 'changes', changes: [], seq: 4 };
    expect(parseSyncReply({ kind: 'encoded', body: encodeSyncBody(body), serverTime: 9 })).toEqual({ ...body, serverTime: 9 });
  });
});

describe('catch-up bodies shared by the socket and /api/changes', () => {
  it('serves the same encoded bytes to both for one seq and audience, and none outside the window', async () => {
    const app = await createTestApp();
    await addQuestionFixture(app.server);
    const bodies = createSyncBodies(app.server.live);
    const acks = createSyncAcks(app.server.live, app.clock, undefined, undefined, bodies);
    const since = app.server.live.seq() - 2;
    const ack = acks({ lastSeq: since, schemaVersion }, attendee);
    const http = bodies.changes(since, roomsFor(attendee));
    expect(ack.kind === 'encoded' && ack.body).toBe(http);
    expect(bodies.changes(since, roomsFor(attendee))).toBe(http);
    expect(bodies.changes(-5, roomsFor(attendee))).toBeNull();
  });
});
