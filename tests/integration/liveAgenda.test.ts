import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useServers } from '../support/useServers.js';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { eventually, TestDevice } from '../support/socketClient.js';
import { newStore, startTestServer, tempDir } from '../support/testServer.js';

const { running, device, defer } = useServers();

describe('live agenda over Socket.IO', () => {
  it("delivers a moderator's move to two attendees with the committed seq", async () => {
    const app = await running();
    const [alice, bob] = await Promise.all([device(app.url), device(app.url)]);
    const moderator = await device(app.url, app.moderatorToken);
    const result = await moderator.send('session:move', { sessionId: 'digitale-doerfer', startsAt: '2026-05-14T14:00:00+02:00', roomId: 'seminar-2' });
    expect(result).toEqual({ ok: true, seq: app.store.log.lastSeq() });
    await eventually(() => alice.lastSeq === app.store.log.lastSeq() && bob.lastSeq === app.store.log.lastSeq());
    for (const attendee of [alice, bob]) {
      expect(attendee.received.map((c) => [c.seq, c.type])).toEqual([[app.store.log.lastSeq(), 'session:moved']]);
      expect(attendee.state.sessions['digitale-doerfer']).toMatchObject({ startsAt: '2026-05-14T12:00:00.000Z', roomId: 'seminar-2' });
    }
  });

  it("refuses an attendee's staff command and sends nobody anything", async () => {
    const app = await running();
    const [attendee, watcher] = await Promise.all([device(app.url), device(app.url)]);
    const before = app.store.log.lastSeq();
    const result = await attendee.send('session:cancel', { sessionId: 'eroeffnung' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const garbage = await attendee.sendRaw({ id: 'nope', type: 42 });
    expect(garbage).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(app.store.log.lastSeq()).toBe(before);
    expect(watcher.received).toEqual([]);
  });

  it('gives a reconnecting device exactly the changes it missed, in order', async () => {
    const app = await running();
    const attendee = await device(app.url);
    const moderator = await device(app.url, app.moderatorToken);
    attendee.disconnect();
    await moderator.send('session:cancel', { sessionId: 'westpfalz-wiki' });
    await moderator.send('announcement:post', { level: 'urgent', text: 'Westpfalz Wiki entfällt' });
    await moderator.send('session:rename', { sessionId: 'ausblick', title: 'Ausblick und Verabschiedung' });
    await attendee.connect();
    expect(attendee.lastSeq).toBe(app.store.log.lastSeq());
    expect(attendee.state).toEqual(app.server.live.snapshotFor(['public']).state);
  });

  it('replaying the change log through the shared reducer gives the snapshot', async () => {
    const app = await running();
    const moderator = await device(app.url, app.moderatorToken);
    await moderator.send('session:move', { sessionId: 'eroeffnung', roomId: 'seminar-1' });
    await moderator.send('session:add', { sessionId: 'pause-2', title: 'Zweite Pause', startsAt: '2026-05-14T15:00:00+02:00', endsAt: '2026-05-14T15:15:00+02:00', roomId: 'foyer' });
    await moderator.send('announcement:post', { level: 'info', text: 'Mittagessen im Foyer' });
    const replayed = applyChanges(emptyState, await app.store.log.changesAfter(0, 10_000));
    expect(replayed).toEqual(app.server.live.snapshotFor(['public']).state);
  });

  it('refuses a socket with an unknown token and one from a foreign origin', async () => {
    const app = await running();
    await expect(new TestDevice(app.url, { token: 'z'.repeat(32) }).connect()).rejects.toThrow('unauthenticated');
    const foreign = new TestDevice(app.url, { extraHeaders: { origin: 'https://evil.example' } });
    await expect(foreign.connect()).rejects.toThrow();
  });

  it('loses nothing acknowledged across a restart', async () => {
    const dir = tempDir();
    defer(() => dir.remove());
    const filename = join(dir.path, 'ortstermin.db');
    const first = await startTestServer({ store: newStore(filename) });
    const moderator = new TestDevice(first.url, { token: first.moderatorToken });
    await moderator.connect();
    const acked = await moderator.send('session:move', { sessionId: 'westpfalz-wiki', roomId: 'seminar-2' });
    moderator.disconnect();
    const stateBefore = first.server.live.snapshotFor(['public']);
    await first.close();

    const second = await running({ store: newStore(filename) });
    expect(acked.ok && second.store.log.lastSeq()).toBe(acked.ok ? acked.seq : -1);
    expect(second.server.live.snapshotFor(['public'])).toEqual(stateBefore);
  });
});
