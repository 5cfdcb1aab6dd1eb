import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { socketEvents } from '../../shared/events.js';
import { schemaVersion } from '../../shared/publicState.js';
import { TestDevice } from '../support/socketClient.js';
import { tempDir } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';

const { running, device, track, defer } = useServers();

function clientDir(): string {
  const dir = tempDir('ortstermin-client-');
  defer(() => dir.remove());
  mkdirSync(join(dir.path, 'assets'));
  writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>Ortstermin</title>');
  writeFileSync(join(dir.path, 'assets', 'app-abc123.js'), 'console.log(1)');
  return dir.path;
}

describe('static files (defect 8)', () => {
  it('answers a missing hashed asset with 404 and no long caching, an existing one with immutable', async () => {
    const app = await running({ config: { clientDir: clientDir() } });
    const missing = await fetch(`${app.url}/assets/x.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control') ?? '').not.toContain('immutable');
    const found = await fetch(`${app.url}/assets/app-abc123.js`);
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${app.url}/session/eroeffnung`)).status).toBe(200);
  });
});

describe('security headers (defect 13)', () => {
  it('are on Socket.IO polling responses as on the app’s own', async () => {
    const app = await running();
    const own = await fetch(`${app.url}/api/health`);
    const polling = await fetch(`${app.url}/socket.io/?EIO=4&transport=polling`);
    expect(polling.status).toBe(200);
    const names = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'strict-transport-security',
      'cross-origin-opener-policy', 'cross-origin-resource-policy', 'x-permitted-cross-domain-policies', 'origin-agent-cluster'];
    for (const name of names) {
      expect(own.headers.get(name), name).toBeTruthy();
      expect(polling.headers.get(name), name).toBe(own.headers.get(name));
    }
  });
});

describe('socket origin check (defect 11)', () => {
  it('compares the browser’s Origin with PUBLIC_URL, not with the request’s own Host', async () => {
    const app = await running({ config: { publicUrl: 'https://venue.test' } });
    const port = new URL(app.url).port;
    // DNS rebinding: the attacker's name resolves to the venue server, so Host and Origin agree.
    const rebound = track(new TestDevice(app.url, { transports: ['polling'], extraHeaders: { origin: `http://evil.example:${port}`, host: `evil.example:${port}` } }));
    await expect(rebound.connect()).rejects.toThrow();
    const wrongScheme = track(new TestDevice(app.url, { transports: ['polling'], extraHeaders: { origin: 'http://venue.test' } }));
    await expect(wrongScheme.connect()).rejects.toThrow();
    const venue = track(new TestDevice(app.url, { transports: ['polling'], extraHeaders: { origin: 'https://venue.test' } }));
    await expect(venue.connect()).resolves.toBe(venue);
  });

  it('also allows the configured extra origins', async () => {
    const app = await running({ config: { publicUrl: 'https://venue.test', extraOrigins: ['http://localhost:5173'] } });
    const dev = track(new TestDevice(app.url, { transports: ['polling'], extraHeaders: { origin: 'http://localhost:5173' } }));
    await expect(dev.connect()).resolves.toBe(dev);
  });
});

describe('sync is limited per device (defect 6)', () => {
  it('answers a socket that keeps asking for snapshots with rate_limited, and still serves a calm one', async () => {
    const app = await running();
    const greedy = await device(app.url);
    const replies = await Promise.all(
      Array.from({ length: 100 }, () =>
        greedy.socket.timeout(10_000).emitWithAck(socketEvents.sync, { lastSeq: null, schemaVersion }) as Promise<{ kind: string; code?: string }>,
      ),
    );
    const limited = replies.filter((r) => r.kind === 'error' && r.code === 'rate_limited');
    expect(limited.length).toBeGreaterThanOrEqual(85);
    const calm = await device(app.url);
    expect(calm.lastSeq).toBe(app.server.live.seq());
  });
});

async function issue(url: string): Promise<Response> {
  return fetch(`${url}/api/device`, { method: 'POST' });
}

describe('device ids are issued by the server (defect 5)', () => {
  it('refuses a made-up device id on the socket and over HTTP', async () => {
    const app = await running();
    const madeUp = track(new TestDevice(app.url, { deviceId: randomUUID() }));
    await expect(madeUp.connect()).rejects.toThrow('invalid_device');
    const forged = track(new TestDevice(app.url, { deviceId: 'd1.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA' }));
    await expect(forged.connect()).rejects.toThrow('invalid_device');
    const http = await fetch(`${app.url}/api/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-id': randomUUID() },
      body: JSON.stringify({ id: randomUUID(), type: 'question:vote', payload: { questionId: randomUUID(), up: true } }),
    });
    expect(http.status).toBe(401);
  });

  it('limits how many ids one address gets, and a refused rotation leaves an honest phone’s votes alone', async () => {
    const app = await running({ config: { rateLimits: { deviceIdsPerAddress: [20, 60] } } });
    const honest = await device(app.url);
    const moderator = await device(app.url, app.moderatorToken);
    const questionId = randomUUID();
    await honest.send('question:ask', { questionId, target: { kind: 'session', id: 'digitale-doerfer' }, text: 'Wie viel hat es gekostet?' });
    const statuses = await Promise.all(Array.from({ length: 40 }, async () => (await issue(app.url)).status));
    // Two of the 20 went to the honest phone and the moderator's laptop.
    expect(statuses.filter((s) => s === 200)).toHaveLength(18);
    expect(statuses.filter((s) => s === 429)).toHaveLength(22);
    const result = await honest.send('question:vote', { questionId, up: true });
    expect(result).toMatchObject({ ok: true });
    expect(moderator.socket.connected).toBe(true);
  });
});
