import { describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/roles.js';
import { parseSyncReply } from '../../shared/syncReply.js';
import { syncReply } from '../../server/transport/syncReply.js';
import { addQuestionFixture, standA } from '../support/questionFixture.js';
import { createTestApp } from '../support/testServer.js';

const attendee: Actor = { role: 'attendee', deviceId: 'sync-test' };
const moderator: Actor = { role: 'moderator', deviceId: 'sync-test-staff' };
const host: Actor = { role: 'host', standId: standA, deviceId: 'sync-test-host' };

/** A server with questions in every state, the demo stands and floor plan. */
async function busyServer() {
  const app = createTestApp();
  await addQuestionFixture(app.server);
  return app;
}

/** The reply as it crosses the network: JSON, not the server's objects. */
const overTheWire = (reply: unknown): unknown => JSON.parse(JSON.stringify(reply));

describe('sync replies as a device reads them', () => {
  it.each([attendee, moderator, host])('accepts the server’s snapshot and catch-up for a $role, unchanged', async (actor) => {
    const { server, clock } = await busyServer();
    const snapshot = overTheWire(syncReply({ lastSeq: null, schemaVersion: 3 }, actor, server.live, clock));
    expect(parseSyncReply(snapshot)).toEqual(snapshot);
    const changes = overTheWire(syncReply({ lastSeq: 1, schemaVersion: 3 }, actor, server.live, clock));
    const parsed = parseSyncReply(changes);
    expect(parsed?.kind).toBe('changes');
    expect(parsed).toEqual(changes);
  });

  it('refuses a snapshot with a session the app could not show', async () => {
    const { server, clock } = await busyServer();
    const reply = overTheWire(syncReply({ lastSeq: null, schemaVersion: 3 }, attendee, server.live, clock));
    const broken = JSON.parse(JSON.stringify(reply).replace('"title":"', '"title":7,"x":"'));
    expect(parseSyncReply(broken)).toBeNull();
  });

  it('refuses a catch-up with one unknown or malformed change among good ones', async () => {
    const { server, clock } = await busyServer();
    const reply = overTheWire(syncReply({ lastSeq: 1, schemaVersion: 3 }, attendee, server.live, clock));
    const withUnknown = JSON.parse(JSON.stringify(reply).replace(/"type":"[^"]+"/, '"type":"session:exploded"'));
    expect(parseSyncReply(withUnknown)).toBeNull();
    // A cancellation whose session id is a number: the reducer would index the state with it.
    const withBadData = JSON.parse(JSON.stringify(reply).replace(/("type":"session:cancelled".*?"sessionId":)"[^"]+"/, '$17'));
    expect(JSON.stringify(withBadData)).toContain('"sessionId":7');
    expect(parseSyncReply(withBadData)).toBeNull();
  });

  it('refuses what is not a reply at all, and passes on the server’s typed error', () => {
    for (const junk of [null, 'snapshot', { kind: 'snapshot' }, { kind: 'changes', changes: 'all', seq: 1, serverTime: 0 }]) {
      expect(parseSyncReply(junk)).toBeNull();
    }
    expect(parseSyncReply({ kind: 'error', code: 'invalid_command' })).toEqual({ kind: 'error', code: 'invalid_command' });
  });
});
