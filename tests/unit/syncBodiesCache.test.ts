import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SyncBody } from '../../shared/events.js';
import { schemaVersion } from '../../shared/publicState.js';
import type { Actor } from '../../shared/roles.js';
import { createSyncAcks, createSyncBodies, minGzipBytes } from '../../server/transport/syncReply.js';
import { gunzipSyncAck, isGzipAck, parseSyncReply } from '../../shared/syncReply.js';
import { addQuestionFixture } from '../support/questionFixture.js';
import { createTestApp } from '../support/testServer.js';

const attendee: Actor = { role: 'attendee', deviceId: 'cache-test' };
const moderator: Actor = { role: 'moderator', deviceId: 'cache-test-staff' };

async function server() {
  const app = await createTestApp();
  await addQuestionFixture(app.server);
  return app;
}

describe('the catch-up body cache', () => {
  it('encodes a body once per key, starts over beyond 64 bodies of one seq, and knows its largest', async () => {
    const app = await server();
    const bodies = createSyncBodies(app.server.live);
    let made = 0;
    const body = (size: number) => (): SyncBody => {
      made += 1;
      return { kind: 'changes', changes: [], seq: size };
    };
    bodies.encoded('k0', body(1));
    bodies.encoded('k0', body(1));
    expect(made).toBe(1);
    for (let i = 1; i < 64; i += 1) bodies.encoded(`k${i}`, body(1));
    expect(made).toBe(64);
    bodies.encoded('k0', body(1));
    expect(made).toBe(64);
    bodies.encoded('k64', body(1));
    bodies.encoded('k0', body(1));
    expect(made).toBe(66);
    const big = bodies.encoded('big', body(123_456_789)).length;
    bodies.encoded('small', body(1));
    expect(bodies.largest()).toBe(big);
  });

  it('sends a phone whose copy has another shape a snapshot, never changes to apply to it', async () => {
    const app = await server();
    const acks = createSyncAcks(app.server.live, app.clock);
    const kindOf = (request: unknown) => {
      const ack = acks(request, attendee);
      return ack.kind === 'encoded' ? (JSON.parse(new TextDecoder().decode(ack.body)) as SyncBody).kind : ack;
    };
    const lastSeq = app.server.live.seq() - 1;
    expect(kindOf({ lastSeq, schemaVersion })).toBe('changes');
    expect(kindOf({ lastSeq, schemaVersion: schemaVersion - 1 })).toBe('snapshot');
    expect(kindOf({ lastSeq: null, schemaVersion })).toBe('snapshot');
  });

  it('counts each catch-up served by its kind, and nothing for a request it refused', async () => {
    const app = await server();
    const served: string[] = [];
    const acks = createSyncAcks(app.server.live, app.clock, (kind) => served.push(kind));
    acks({ lastSeq: app.server.live.seq() - 1, schemaVersion }, attendee);
    acks({ lastSeq: null, schemaVersion }, moderator);
    expect(acks({ lastSeq: 'gestern' }, attendee)).toEqual({ kind: 'error', code: 'invalid_command' });
    expect(served).toEqual(['changes', 'snapshot']);
  });

  it('gzips a catch-up for a phone that asks, once per body, to the very JSON an older app gets', async () => {
    const app = await server();
    const bodies = createSyncBodies(app.server.live);
    const acks = createSyncAcks(app.server.live, app.clock, undefined, undefined, bodies);
    const snapshotFor = (gzip?: boolean) => acks({ lastSeq: null, schemaVersion, ...(gzip === undefined ? {} : { gzip }) }, attendee);
    const plain = snapshotFor();
    const packed = snapshotFor(true);
    if (plain.kind !== 'encoded' || packed.kind !== 'encoded') throw new Error('no body');
    expect(plain.encoding).toBeUndefined();
    expect(snapshotFor(false)).toMatchObject({ kind: 'encoded', body: plain.body });
    expect(packed.encoding).toBe('gzip');
    expect(isGzipAck(packed)).toBe(true);
    // The demo's snapshot is tens of KB of JSON: packed, a fraction of it.
    expect(packed.body.byteLength).toBeLessThan(plain.body.byteLength / 3);
    expect(gunzipSync(packed.body)).toEqual(Buffer.from(plain.body as Uint8Array));
    // Packed once: the second phone gets the same bytes.
    expect((snapshotFor(true) as { body: unknown }).body).toBe(packed.body);
    // Unreadable until unpacked; unpacked, the same reply as the plain one (but for the time).
    expect(parseSyncReply(packed)).toBeNull();
    const unpacked = parseSyncReply(await gunzipSyncAck(packed));
    expect(unpacked).toEqual(parseSyncReply({ ...plain, serverTime: packed.serverTime }));
  });

  it('sends a small body as it is, and a broken gzip body reads as unreadable', async () => {
    const app = await server();
    const acks = createSyncAcks(app.server.live, app.clock);
    const small = acks({ lastSeq: app.server.live.seq(), schemaVersion, gzip: true }, attendee);
    if (small.kind !== 'encoded') throw new Error('no body');
    expect(small.body.byteLength).toBeLessThan(minGzipBytes);
    expect(small.encoding).toBeUndefined();
    expect(parseSyncReply(small)).toMatchObject({ kind: 'changes', changes: [] });
    const broken = { kind: 'encoded', encoding: 'gzip', body: new Uint8Array([31, 139, 8, 0, 1, 2, 3]), serverTime: 1, protocol: 1 };
    expect(await gunzipSyncAck(broken)).toBeNull();
  });
});
