import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/testServer.js';

const base = 'http://ortstermin.test';

async function client() {
  const app = await createTestApp();
  const request = (path: string, init: RequestInit & { token?: string; json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
    return app.server.fetch(new Request(`${base}${path}`, { ...init, headers, body }));
  };
  const command = (type: string, payload: unknown, token?: string) =>
    request('/api/commands', { method: 'POST', token, json: { id: randomUUID(), type, payload } });
  return { app, request, command };
}

describe('HTTP API', () => {
  it('gives the public snapshot with its seq and the server time', async () => {
    const { app, request } = await client();
    const response = await request('/api/snapshot');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.snapshot.seq).toBe(app.store.log.lastSeq());
    expect(body.snapshot.state.sessions['eroeffnung'].title).toBe('Eröffnung');
    expect(body.serverTime).toBe(app.clock.now());
  });

  it('answers every snapshot request with the state and the server time of that moment', async () => {
    const { app, request, command } = await client();
    const first = await request('/api/snapshot');
    expect(first.headers.get('content-type')).toBe('application/json');
    const before = await first.json();
    app.clock.advance(60_000);
    const later = await (await request('/api/snapshot')).json();
    expect(later).toEqual({ snapshot: before.snapshot, serverTime: app.clock.now() });
    expect(await command('session:move', { sessionId: 'westpfalz-wiki', roomId: 'seminar-2' }, app.moderatorToken)).toMatchObject({ status: 200 });
    const moved = (await (await request('/api/snapshot')).json()).snapshot;
    expect(moved.seq).toBe(before.snapshot.seq + 1);
    expect(moved.state.sessions['westpfalz-wiki'].roomId).toBe('seminar-2');
  });

  it('lets a moderator change the agenda with a bearer token and lists the change since a seq', async () => {
    const { app, request, command } = await client();
    const since = app.store.log.lastSeq();
    const response = await command('session:move', { sessionId: 'westpfalz-wiki', roomId: 'seminar-2' }, app.moderatorToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, seq: since + 1 });
    const changes = await (await request(`/api/changes?since=${since}`)).json();
    expect(changes).toMatchObject({ kind: 'changes', seq: since + 1, changes: [{ seq: since + 1, type: 'session:moved' }] });
  });

  it('refuses staff commands from attendees and unknown tokens with typed errors', async () => {
    const { app, command } = await client();
    const before = app.store.log.lastSeq();
    const anonymous = await command('session:cancel', { sessionId: 'westpfalz-wiki' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const forged = await command('session:cancel', { sessionId: 'westpfalz-wiki' }, 'x'.repeat(32));
    expect(forged.status).toBe(401);
    expect(app.store.log.lastSeq()).toBe(before);
  });

  it('answers malformed, oversized and unknown requests with typed errors', async () => {
    const { request } = await client();
    const broken = await request('/api/commands', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('invalid_command');
    const huge = await request('/api/commands', { method: 'POST', json: { id: randomUUID(), type: 'announcement:post', payload: { text: 'x'.repeat(40_000) } } });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('too_large');
    const badQuery = await request('/api/changes?since=-4');
    expect(badQuery.status).toBe(400);
    const missing = await request('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
  });

  it('asks for a snapshot when the gap is outside the kept window', async () => {
    const { request } = await client();
    expect(await (await request('/api/changes?since=999')).json()).toMatchObject({ kind: 'snapshot-required' });
  });

  it('redeems a staff code into a token once per device, and refuses a wrong code', async () => {
    const { app, request } = await client();
    const { code } = (await app.server.access.createCode({ role: 'moderator', label: 'Saal A' }));
    const good = await request('/api/access/redeem', { method: 'POST', json: { code } });
    expect(good.status).toBe(200);
    const { token, role } = await good.json();
    expect(role).toBe('moderator');
    expect(await (await request('/api/me', { token })).json()).toEqual({ role: 'moderator', standId: null });
    const bad = await request('/api/access/redeem', { method: 'POST', json: { code: 'y'.repeat(32) } });
    expect(bad.status).toBe(401);
  });

  it('sends a strict content security policy and no referrer', async () => {
    const { request } = await client();
    const response = await request('/api/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
