import { describe, expect, it } from 'vitest';
import { useServers } from '../support/useServers.js';
import { socketEvents } from '../../shared/events.js';
import { eventually, TestDevice } from '../support/socketClient.js';

const { running, track } = useServers();

describe('socket handshake', () => {
  it.each(['websocket', 'polling'] as const)('refuses a foreign Origin on %s and accepts our own', async (transport) => {
    const app = await running();
    const foreign = track(new TestDevice(app.url, { transports: [transport], extraHeaders: { origin: 'https://evil.example' } }));
    await expect(foreign.connect()).rejects.toThrow();
    const own = track(new TestDevice(app.url, { transports: [transport], extraHeaders: { origin: app.url } }));
    await expect(own.connect()).resolves.toBe(own);
  });

  it.each([
    ['malformed', 'short'],
    ['unknown', 'u'.repeat(32)],
  ])('refuses a %s token with connect_error', async (_name, token) => {
    const app = await running();
    await expect(track(new TestDevice(app.url, { token })).connect()).rejects.toThrow('unauthenticated');
  });

  it('refuses a revoked token, and revoking a code closes its open sockets', async () => {
    const app = await running();
    const { record, code } = (await app.server.access.createCode({ role: 'moderator', label: 'Saal B' }));
    const tokens = [(await app.server.access.redeem(code))!.token, (await app.server.access.redeem(code))!.token];
    const [phone, laptop] = await Promise.all(tokens.map((token) => track(new TestDevice(app.url, { token })).connect()));
    const other = await track(new TestDevice(app.url, { token: app.moderatorToken })).connect();
    let told = 0;
    phone!.socket.on(socketEvents.accessRevoked, () => told++);

    const response = await app.server.fetch(
      new Request(`${app.url}/api/access/codes/${record.id}/revoke`, { method: 'POST', headers: { authorization: `Bearer ${app.organizerToken}` } }),
    );
    expect(response.status).toBe(200);
    // How fast is the benchmark's figure (tests/bench/guards.ts); here: that it happens.
    await eventually(() => !phone!.socket.connected && !laptop!.socket.connected);
    expect(told).toBe(1);
    expect(other.socket.connected).toBe(true);
    await expect(track(new TestDevice(app.url, { token: tokens[0] })).connect()).rejects.toThrow('unauthenticated');
  });
});

describe('flood', () => {
  it('answers a flooding client with typed rate-limit errors while others are still acknowledged', async () => {
    const app = await running();
    const flooder = await track(new TestDevice(app.url)).connect();
    const calm = await track(new TestDevice(app.url)).connect();
    const target = { kind: 'session' as const, id: 'digitale-doerfer' };
    const flood = Array.from({ length: 400 }, () =>
      flooder.send('question:ask', { questionId: crypto.randomUUID(), target, text: 'Flut' }),
    );
    for (let i = 0; i < 5; i++) {
      const result = await calm.send('question:ask', { questionId: crypto.randomUUID(), target, text: `Ruhige Frage ${i}` });
      expect(result.ok).toBe(true);
    }
    const results = await Promise.all(flood);
    const limited = results.filter((r) => !r.ok && r.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThan(350);
    expect(limited.every((r) => !r.ok && (r.error.retryAfterMs ?? 0) > 0)).toBe(true);
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(6);
    // How promptly the calm device is answered during a flood is the benchmark's figure (tests/bench/guards.ts).
  });

  it('shares one budget among the devices behind one address (a venue NAT), and only among them', async () => {
    const app = await running({
      config: { rateLimits: { askPerDevice: [100, 60], askPerAddress: [10, 60], votePerDevice: [100, 60], votePerAddress: [1000, 60] } },
    });
    // Every test device connects from 127.0.0.1: five phones behind one NAT, each far under its own limit.
    const phones = await Promise.all(Array.from({ length: 5 }, () => track(new TestDevice(app.url)).connect()));
    const target = { kind: 'session' as const, id: 'digitale-doerfer' };
    const results = [];
    for (const phone of phones) {
      for (let i = 0; i < 3; i++) {
        results.push(await phone.send('question:ask', { questionId: crypto.randomUUID(), target, text: `Frage ${i}` }));
      }
    }
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.slice(10).every((r) => !r.ok && r.error.code === 'rate_limited' && (r.error.retryAfterMs ?? 0) > 0)).toBe(true);

    // A phone at another address still asks.
    const elsewhere = { role: 'attendee' as const, deviceId: crypto.randomUUID(), address: '198.51.100.23' };
    const command = { id: crypto.randomUUID(), type: 'question:ask', payload: { questionId: crypto.randomUUID(), target, text: 'Von woanders' } };
    expect(await app.server.dispatch(elsewhere, command)).toMatchObject({ ok: true });
  });
});
