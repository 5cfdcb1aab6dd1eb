import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { socketEvents } from '../../shared/events.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { emptiedDatabase } from '../support/postgres.js';
import { eventually, issueDeviceId, TestDevice } from '../support/socketClient.js';
import { startTestServer, type RunningApp } from '../support/testServer.js';
import { defaultRateLimits } from '../../server/kernel/rateLimits.js';
import type { ServerConfig } from '../../server/createServer.js';
import { useServers } from '../support/useServers.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();
const emptied = emptiedDatabase(cluster);
const { defer, track } = useServers();

/** Two server processes' worth of server (each its own store, pipeline and sockets) on one database. */
async function twoProcesses(config: Partial<ServerConfig> = {}): Promise<[RunningApp, RunningApp]> {
  const url = await emptied();
  const start = async () => {
    const app = await startTestServer({ store: await createPostgresStore(url, { max: 4 }), config: { voteFlushMs: 20, ...config } });
    defer(() => app.close());
    return app;
  };
  const a = await start();
  return [a, await start()];
}

describe('several processes on one PostgreSQL', () => {
  it("a moderator's change on one process reaches devices on the other, in seq order", async () => {
    const [a, b] = await twoProcesses();
    const phones = await Promise.all([a, b, b].map((app) => track(new TestDevice(app.url)).connect()));
    const posted = await Promise.all(['eins', 'zwei', 'drei'].map((text) => a.server.dispatch({ role: 'moderator' }, { id: randomUUID(), type: 'announcement:post', payload: { level: 'info', text } })));
    const last = Math.max(...posted.map((r) => (r.ok ? r.seq : 0)));
    await eventually(() => phones.every((p) => p.lastSeq === last));
    for (const phone of phones) {
      const seqs = phone.received.map((c) => c.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      expect(phone.state).toEqual(b.server.live.snapshotFor(['public']).state);
    }
  });

  it('decides on the whole history: a question asked through one process is moderated through the other', async () => {
    const [a, b] = await twoProcesses();
    const device = await issueDeviceId(b.url);
    const questionId = randomUUID();
    const asked = await b.server.dispatch({ role: 'attendee', deviceId: device }, { id: randomUUID(), type: 'question:ask', payload: { questionId, target: { kind: 'session', id: 'eroeffnung' }, text: 'Wer zahlt?' } });
    expect(asked.ok).toBe(true);
    // Not yet heard of on A (or heard of already): A's batch reads what it has not applied before deciding.
    const pinned = await a.server.dispatch({ role: 'moderator' }, { id: randomUUID(), type: 'question:pin', payload: { questionId, pinned: true } });
    expect(pinned).toMatchObject({ ok: true });
    await eventually(() => b.server.live.seq() === a.server.live.seq());
    expect(b.server.live.state().questions[questionId]?.pinned).toBe(true);
  });

  it('a device id issued by one process is valid on the other, and a retried command id is answered once across both', async () => {
    const [a, b] = await twoProcesses();
    const deviceId = await issueDeviceId(a.url);
    await track(new TestDevice(b.url, { deviceId })).connect();
    const command = { id: randomUUID(), type: 'announcement:post', payload: { level: 'info', text: 'Einmal' } };
    const first = await a.server.dispatch({ role: 'moderator' }, command);
    const again = await b.server.dispatch({ role: 'moderator' }, command);
    expect(again).toEqual(first);
    await eventually(() => b.server.live.seq() === a.server.live.seq());
    expect(b.server.live.state().announcements.filter((x) => x.text === 'Einmal')).toHaveLength(1);
  });

  it('a code revoked through one process ends its sockets on the other at its next look (twice a second)', async () => {
    const [a, b] = await twoProcesses();
    const { record, code } = await a.server.access.createCode({ role: 'moderator', label: 'Saal B' });
    const token = (await a.server.access.redeem(code))!.token;
    const laptop = await track(new TestDevice(b.url, { token })).connect();
    let told = 0;
    laptop.socket.on(socketEvents.accessRevoked, () => told++);
    const response = await a.server.fetch(new Request(`${a.url}/api/access/codes/${record.id}/revoke`, { method: 'POST', headers: { authorization: `Bearer ${a.organizerToken}` } }));
    expect(response.status).toBe(200);
    // Half a second here; a busy test machine may keep the other process from its look for a few more.
    await eventually(() => !laptop.socket.connected, 5000);
    expect(told).toBe(1);
  });

  it("shows staff on one process the delivery count of phones on every process", async () => {
    const [a, b] = await twoProcesses();
    const posted = await a.server.dispatch({ role: 'moderator' }, { id: randomUUID(), type: 'announcement:post', payload: { level: 'info', text: 'Kaffee' } });
    expect(posted.ok).toBe(true);
    const staff = await track(new TestDevice(a.url, { token: a.moderatorToken })).connect();
    let counts: Record<string, number> = {};
    staff.socket.on(socketEvents.receipts, (received) => (counts = received));
    const phones = await Promise.all([a, b, b, b].map((app) => track(new TestDevice(app.url)).connect()));
    await eventually(() => phones.every((p) => p.state.announcements.length > 0));
    const id = phones[0]!.state.announcements.at(-1)!.id;
    for (const phone of phones) phone.socket.emit(socketEvents.receipt, { announcementId: id });
    phones[1]!.socket.emit(socketEvents.receipt, { announcementId: id }); // shown twice: counted once
    await eventually(() => counts[id] === 4, 5000);
  });

  it("holds a device's question limit across processes", async () => {
    const [a, b] = await twoProcesses({ rateLimits: { ...defaultRateLimits, askPerDevice: [2, 60] } });
    const deviceId = await issueDeviceId(a.url);
    const ask = (app: RunningApp) =>
      app.server.dispatch({ role: 'attendee', deviceId }, { id: randomUUID(), type: 'question:ask', payload: { questionId: randomUUID(), target: { kind: 'session', id: 'eroeffnung' }, text: 'Noch eine?' } });
    expect((await ask(a)).ok).toBe(true);
    expect((await ask(b)).ok).toBe(true);
    expect(await ask(a)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(await ask(b)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  it('counts votes cast through both processes once each', async () => {
    const [a, b] = await twoProcesses();
    const asker = await issueDeviceId(a.url);
    const questionId = randomUUID();
    await a.server.dispatch({ role: 'attendee', deviceId: asker }, { id: randomUUID(), type: 'question:ask', payload: { questionId, target: { kind: 'session', id: 'eroeffnung' }, text: 'Und dann?' } });
    const voters = await Promise.all([a, b, a, b].map((app) => issueDeviceId(app.url)));
    await Promise.all(voters.map((deviceId, i) => (i % 2 ? b : a).server.dispatch({ role: 'attendee', deviceId }, { id: randomUUID(), type: 'question:vote', payload: { questionId, up: true } })));
    const watcher = await track(new TestDevice(b.url)).connect();
    await eventually(() => watcher.state.questions[questionId]?.votes === 4 && a.server.live.state().questions[questionId]?.votes === 4);
  });
});
