import { afterAll, describe, expect, it } from 'vitest';
import { eventually, TestDevice } from '../support/socketClient.js';
import { startTestServer, type RunningApp } from '../support/testServer.js';

let app: RunningApp | undefined;
const devices: TestDevice[] = [];
afterAll(async () => {
  devices.forEach((d) => d.disconnect());
  await app?.close();
});

describe('reconnect storm', () => {
  it('200 devices miss 50 changes and all converge on reconnecting at once', async () => {
    app = await startTestServer();
    const url = app.url;
    for (let i = 0; i < 200; i += 50) {
      const batch = Array.from({ length: 50 }, () => new TestDevice(url));
      devices.push(...batch);
      await Promise.all(batch.map((d) => d.connect()));
    }
    const moderator = new TestDevice(url, { token: app.moderatorToken });
    devices.push(moderator);
    await moderator.connect();
    devices.slice(0, 200).forEach((d) => d.disconnect());

    const rooms = ['auditorium', 'seminar-1', 'seminar-2'];
    for (let i = 0; i < 50; i++) {
      const result =
        i % 5 === 0
          ? await moderator.send('announcement:post', { level: 'info', text: `Durchsage ${i}` })
          : await moderator.send('session:move', { sessionId: 'herzlich-digital-kl', roomId: rooms[i % 3]!, startsAt: `2026-05-14T${String(10 + (i % 6)).padStart(2, '0')}:00:00+02:00` });
      expect(result.ok).toBe(true);
    }

    await Promise.all(devices.slice(0, 200).map((d) => d.connect()));
    const seq = app.store.log.lastSeq();
    const snapshot = app.server.live.snapshotFor(['public']).state;
    await eventually(() => devices.slice(0, 200).every((d) => d.lastSeq === seq));
    for (const d of devices.slice(0, 200)) expect(d.state).toEqual(snapshot);
  });

  it('gives phones of this version the catch-up gzip’d and older apps JSON; changes made while they unpack come after it, none twice', async () => {
    const server = await startTestServer();
    try {
      const url = server.url;
      const current = Array.from({ length: 40 }, () => new TestDevice(url));
      const older = Array.from({ length: 40 }, () => new TestDevice(url, { gzip: false }));
      const phones = [...current, ...older];
      devices.push(...phones);
      await Promise.all(phones.map((d) => d.connect()));
      const moderator = new TestDevice(url, { token: server.moderatorToken });
      devices.push(moderator);
      await moderator.connect();
      phones.forEach((d) => d.disconnect());
      for (let i = 0; i < 30; i++) expect((await moderator.send('announcement:post', { level: 'info', text: `Während der Pause ${i}: Kaffee im Foyer` })).ok).toBe(true);

      // The moderator keeps posting while the phones come back and unpack their catch-ups.
      const posting = (async () => {
        for (let i = 0; i < 20; i++) expect((await moderator.send('announcement:post', { level: 'info', text: `Während der Rückkehr ${i}` })).ok).toBe(true);
      })();
      await Promise.all(phones.map((d) => d.connect()));
      await posting;
      const seq = server.store.log.lastSeq();
      await eventually(() => phones.every((d) => d.lastSeq === seq));
      const snapshot = server.server.live.snapshotFor(['public']).state;
      for (const d of phones) {
        expect(d.state).toEqual(snapshot);
        const after = d.received.slice(d.receivedAtSync).map((c) => c.seq);
        expect(after).toEqual([...after].sort((a, b) => a - b));
        expect(new Set(after).size).toBe(after.length);
        if (after.length > 0) expect(after[0]).toBeGreaterThan(d.syncedSeq ?? 0);
      }
      expect(current.every((d) => d.lastSyncGzipped)).toBe(true);
      expect(older.some((d) => d.lastSyncGzipped)).toBe(false);
    } finally {
      await server.close();
    }
  });
});
