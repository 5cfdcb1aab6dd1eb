import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/testServer.js';

function organizerRequest(app: Awaited<ReturnType<typeof createTestApp>>, path: string, init: { method?: string; json?: unknown; token?: string } = {}) {
  return app.server.fetch(
    new Request(`http://10.0.0.5:3000${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${init.token ?? app.organizerToken}` },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    }),
  );
}

describe('organizer access codes', () => {
  it('creates a host code as a link on the public address with a QR image, listed without its secret', async () => {
    const app = await createTestApp({ config: { publicUrl: 'https://ortstermin.example.org' } });
    const response = await organizerRequest(app, '/api/access/codes', { method: 'POST', json: { role: 'host', standId: 'digitale-doerfer', label: 'Stand Digitale Dörfer' } });
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created.link).toBe(`https://ortstermin.example.org/staff#code=${created.code}`);
    expect(created.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    // Printed at A6 and scanned from a stand's table: the image is made large, not the library's 100-odd pixels.
    const png = Buffer.from(created.qrDataUrl.split(',')[1], 'base64');
    expect(png.readUInt32BE(16)).toBe(480);
    const listed = await (await organizerRequest(app, '/api/access/codes')).json();
    expect(JSON.stringify(listed)).not.toContain(created.code);
    expect(listed.codes.some((c: { id: string; standId: string }) => c.id === created.record.id && c.standId === 'digitale-doerfer')).toBe(true);
  });

  it('will not let organizers revoke the code they are signed in with', async () => {
    const app = await createTestApp();
    const { record, code } = (await app.server.access.createCode({ role: 'organizer', label: 'Zweites Orga-Gerät' }));
    const token = (await app.server.access.redeem(code))!.token;
    const own = await organizerRequest(app, `/api/access/codes/${record.id}/revoke`, { method: 'POST', token });
    expect(own.status).toBe(409);
    const other = await organizerRequest(app, `/api/access/codes/${record.id}/revoke`, { method: 'POST' });
    expect(other.status).toBe(200);
    expect((await app.server.access.actorForToken(token))).toBeNull();
  });

  it('signs a phone in with a code over HTTP, and never with a revoked or unknown one', async () => {
    const app = await createTestApp();
    const { record, code } = await app.server.access.createCode({ role: 'host', standId: 'digitale-doerfer', label: 'Stand' });
    const redeem = (code: string) => organizerRequest(app, '/api/access/redeem', { method: 'POST', json: { code } });
    const signedIn = await redeem(code);
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toMatchObject({ role: 'host', standId: 'digitale-doerfer' });
    const revoked = await organizerRequest(app, `/api/access/codes/${record.id}/revoke`, { method: 'POST' });
    expect(await revoked.json()).toEqual({ ok: true });
    const again = await redeem(code);
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await redeem('x'.repeat(32))).status).toBe(401);
  });

  it('says which code cannot be revoked and why, and that an unknown one is not found', async () => {
    const app = await createTestApp();
    const { record, code } = await app.server.access.createCode({ role: 'organizer', label: 'Zweites Orga-Gerät' });
    const token = (await app.server.access.redeem(code))!.token;
    const own = await organizerRequest(app, `/api/access/codes/${record.id}/revoke`, { method: 'POST', token });
    expect(await own.json()).toMatchObject({ error: { code: 'conflict', issues: [{ path: 'id', message: 'this is the code you are signed in with' }] } });
    const unknown = await organizerRequest(app, '/api/access/codes/1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b/revoke', { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
