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
});
