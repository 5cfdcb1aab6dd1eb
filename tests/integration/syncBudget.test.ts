import { describe, expect, it } from 'vitest';
import { socketEvents } from '../../shared/events.js';
import { schemaVersion } from '../../shared/publicState.js';
import { issueDeviceId, TestDevice } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

const { running, device, track } = useServers();

type Reply = { kind: string; code?: string };
const syncOnce = (d: TestDevice): Promise<Reply> =>
  d.socket.timeout(10_000).emitWithAck(socketEvents.sync, { lastSeq: null, schemaVersion }) as Promise<Reply>;

const get = (url: string, deviceId: string) => fetch(url, { headers: { 'x-device-id': deviceId } });

describe('catch-ups are counted per device and per address, not per socket (issue 28 item 5)', () => {
  it('a new socket of the same device brings no new budget', async () => {
    const app = await running({ config: { rateLimits: { syncPerDevice: [3, 60] } } });
    const first = await device(app.url); // its connect is the first catch-up
    expect((await syncOnce(first)).kind).toBe('encoded');
    expect((await syncOnce(first)).kind).toBe('encoded');
    first.disconnect();
    const again = await track(new TestDevice(app.url, { deviceId: first.deviceId ?? '' })).connect();
    expect(await syncOnce(again)).toEqual({ kind: 'error', code: 'rate_limited' });
    const other = await device(app.url);
    expect(other.lastSeq).toBe(app.server.live.seq());
  });

  it('devices behind one address share its budget', async () => {
    const app = await running({ config: { rateLimits: { syncPerAddress: [4, 60] } } });
    const phones = await Promise.all(Array.from({ length: 4 }, () => device(app.url)));
    expect(phones.every((p) => p.lastSeq === app.server.live.seq())).toBe(true);
    const fifth = await track(new TestDevice(app.url)).connect();
    expect(fifth.lastSeq).toBeNull();
    expect(await syncOnce(fifth)).toEqual({ kind: 'error', code: 'rate_limited' });
  });
});

describe('HTTP catch-up is limited like the socket’s sync (issue 28 item 6)', () => {
  it('/api/changes and /api/snapshot count against the device’s budget, which its socket shares', async () => {
    const app = await running({ config: { rateLimits: { syncPerDevice: [3, 60] } } });
    const id = await issueDeviceId(app.url);
    const changes = `${app.url}/api/changes?since=0`;
    expect((await get(changes, id)).status).toBe(200);
    expect((await get(`${app.url}/api/snapshot`, id)).status).toBe(200);
    expect((await get(changes, id)).status).toBe(200);
    const refused = await get(changes, id);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited', retryAfterMs: expect.any(Number) } });
    expect((await get(`${app.url}/api/snapshot`, id)).status).toBe(429);
    const socket = await track(new TestDevice(app.url, { deviceId: id })).connect();
    expect(socket.lastSeq).toBeNull(); // its socket's catch-up was refused too

    const other = await issueDeviceId(app.url);
    const served = await get(changes, other);
    expect(served.status).toBe(200);
    expect(await served.json()).toMatchObject({ kind: 'changes', seq: app.server.live.seq() });
  });
});

describe('sockets per address are capped (issue 28 item 5)', () => {
  it('refuses a socket over the cap with rate_limited, closes its connection, and admits one again after another left', async () => {
    const app = await running({ config: { rateLimits: { socketsPerAddress: 3 } } });
    const phones = await Promise.all(Array.from({ length: 3 }, () => device(app.url)));
    const refused = track(new TestDevice(app.url));
    await expect(refused.connect()).rejects.toThrow('rate_limited');
    await expect.poll(() => app.server.io.engine.clientsCount, { timeout: 5000 }).toBe(3);

    phones[0]!.disconnect();
    await expect.poll(async () => {
      const next = track(new TestDevice(app.url));
      return next.connect().then(() => true, () => false);
    }, { timeout: 5000 }).toBe(true);
  });
});
