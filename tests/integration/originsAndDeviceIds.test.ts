import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TestDevice, issueDeviceId } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

const { running, track } = useServers();

/** The same id with its last character swapped for another of the alphabet. */
const lastCharChanged = (id: string) => `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`;

async function refusedEverywhere(url: string, deviceId: string): Promise<void> {
  await expect(track(new TestDevice(url, { deviceId })).connect(), deviceId).rejects.toThrow('invalid_device');
  const http = await fetch(`${url}/api/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-device-id': deviceId },
    body: JSON.stringify({ id: randomUUID(), type: 'question:vote', payload: { questionId: randomUUID(), up: true } }),
  });
  expect(http.status, deviceId).toBe(401);
}

describe('a device id is the server’s (issue 30)', () => {
  it('refuses an id whose signature is right but for its last character, one cut short, and one another installation signed', async () => {
    const venue = await running();
    const other = await running();
    const own = await issueDeviceId(venue.url);
    await expect(track(new TestDevice(venue.url, { deviceId: own })).connect()).resolves.toBeInstanceOf(TestDevice);

    await refusedEverywhere(venue.url, lastCharChanged(own));
    await refusedEverywhere(venue.url, own.slice(0, -2));
    await refusedEverywhere(venue.url, `${own}.x`);
    // Well formed and signed, but with the other installation's key.
    const foreign = await issueDeviceId(other.url);
    await expect(track(new TestDevice(other.url, { deviceId: foreign })).connect()).resolves.toBeInstanceOf(TestDevice);
    await refusedEverywhere(venue.url, foreign);
  });
});

describe('origins without PUBLIC_URL (issue 30)', () => {
  it('allows the loopback names at the listening port and refuses another port on localhost', async () => {
    const app = await running();
    const port = Number(new URL(app.url).port);
    const at = (origin: string) => track(new TestDevice(app.url, { transports: ['polling'], extraHeaders: { origin } }));
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      const device = at(origin);
      await expect(device.connect(), origin).resolves.toBe(device);
    }
    for (const origin of [`http://localhost:${port + 1}`, `http://127.0.0.1:${port - 1}`, `https://localhost:${port}`, 'http://localhost']) {
      await expect(at(origin).connect(), origin).rejects.toThrow();
    }
  });
});
