import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoEventId, neutralEventName } from '../../shared/demo.js';
import { emptyState } from '../../shared/publicState.js';
import { createServer } from '../../server/createServer.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { prepareFirstStart } from '../../server/firstStart.js';
import { createFakeClock } from '../support/fakeClock.js';
import { eventually } from '../support/socketClient.js';
import { demoDay, newStore } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';

const { defer, device } = useServers();

/** A server started as `npm start` starts one on an empty database, with or without the demo. */
async function firstStarted(demo: boolean) {
  const store = newStore();
  const clock = createFakeClock();
  const emptyEvent = () => ({ event: { ...loadDemoEvent(demoDay).event, id: 'leer' }, rooms: [], sessions: [], stands: [] });
  const first = await prepareFirstStart(store, clock, demo ? { demo, programme: () => loadDemoEvent(demoDay), stands: loadDemoStands } : { demo, programme: emptyEvent });
  const server = await createServer({ store, clock });
  const { url } = await server.listen(0, '127.0.0.1');
  defer(async () => {
    await server.close();
    await store.close();
  });
  const tokenOf = async (code: string | undefined) => (await server.access.redeem(code ?? ''))?.token ?? null;
  const send = async (token: string | null, type: string, payload: unknown = {}) => {
    const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const response = await fetch(`${url}/api/commands`, { method: 'POST', headers, body: JSON.stringify({ id: randomUUID(), type, payload }) });
    return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string } } };
  };
  return { server, url, codes: first.codes!, tokenOf, send };
}

describe('removing the demo', () => {
  it('leaves an empty event on every phone and revokes the demo’s moderator code, not the organizer’s', async () => {
    const { server, url, codes, tokenOf, send } = await firstStarted(true);
    const organizer = (await tokenOf(codes.organizer))!;
    const demoModerator = (await tokenOf(codes.moderator))!;
    const own = await server.access.createCode({ role: 'moderator', label: 'Frau Becker' });
    await send(demoModerator, 'announcement:post', { level: 'info', text: 'Kaffee im Foyer' });
    await send(demoModerator, 'poll:create', { pollId: randomUUID(), setup: { sessionId: 'eroeffnung', kind: 'single', question: 'Schon genutzt?', options: ['Ja', 'Nein'] } });
    const phone = await device(url);
    expect(Object.keys(phone.state.sessions).length).toBeGreaterThan(0);

    expect((await send(organizer, 'event:remove-demo', { eventId: demoEventId })).body.ok).toBe(true);

    const state = server.live.state();
    expect(state).toEqual({ ...emptyState, event: expect.objectContaining({ name: neutralEventName, venue: '', city: '' }) });
    expect(state.event?.id).not.toBe(demoEventId);
    expect(server.live.snapshotFor(['public', 'staff']).state).toEqual({ ...emptyState, event: state.event });
    await eventually(() => phone.lastSeq === server.live.seq());
    expect(phone.state).toEqual(server.live.snapshotFor(['public']).state);
    // Revoked before the answer: the demo's link and its token open nothing any more.
    expect(await tokenOf(codes.moderator)).toBeNull();
    expect((await send(demoModerator, 'announcement:post', { level: 'info', text: 'Noch da?' })).status).toBe(401);
    // The organizer keeps their access, and the code they made themselves stays.
    expect(await tokenOf(own.code)).not.toBeNull();
    expect((await send(organizer, 'event:configure', { name: 'Digitaltag Westpfalz' })).body.ok).toBe(true);
  });

  it('is refused once the demo is gone, and on an event that never was the demo', async () => {
    const demo = await firstStarted(true);
    const organizer = (await demo.tokenOf(demo.codes.organizer))!;
    expect((await demo.send(organizer, 'event:remove-demo', { eventId: 'ein-anderes' })).body.error?.code).toBe('conflict');
    expect((await demo.send(organizer, 'event:remove-demo', { eventId: demoEventId })).body.ok).toBe(true);
    const seq = demo.server.live.seq();
    expect((await demo.send(organizer, 'event:remove-demo', { eventId: demoEventId })).body.error?.code).toBe('conflict');
    expect(demo.server.live.seq()).toBe(seq);

    const real = await firstStarted(false);
    expect(real.codes.moderator).toBeUndefined();
    const refused = await real.send((await real.tokenOf(real.codes.organizer))!, 'event:remove-demo', { eventId: demoEventId });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
  });

  it('is the organizer’s alone', async () => {
    const { codes, tokenOf, send } = await firstStarted(true);
    expect((await send(await tokenOf(codes.moderator), 'event:remove-demo', { eventId: demoEventId })).body.error?.code).toBe('forbidden');
    expect((await send(null, 'event:remove-demo', { eventId: demoEventId })).body.error?.code).toBe('unauthenticated');
  });
});
