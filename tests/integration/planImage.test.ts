import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandPayload } from '../../shared/commands.js';
import { blobPath } from '../../shared/media.js';
import { planImageUploadReply } from '../../shared/mediaSchemas.js';
import { createTestApp, type TestApp } from '../support/testServer.js';
import { tinyJpeg, tinyMp4, tinyPng } from '../support/mediaFiles.js';
import { refusedSvgs, venuePlanSvg } from '../support/svgFiles.js';
import { svgContentSecurityPolicy } from '../../server/transport/blobRoutes.js';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.store.close();
});
async function fresh() {
  const app = await createTestApp({ config: { uploadLimits: { signVideoBytes: 1024 * 1024, planImageBytes: 64 * 1024 } } });
  apps.push(app);
  return app;
}

const upload = (app: TestApp, bytes: Buffer, type: string, token?: string) =>
  app.server.fetch(
    new Request('http://localhost/api/plan/image', {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Uint8Array(bytes),
    }),
  );

const setImage = (app: TestApp, payload: CommandPayload<'plan:set-image'>) =>
  app.server.fetch(
    new Request('http://localhost/api/commands', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${app.organizerToken}` },
      body: JSON.stringify({ id: randomUUID(), type: 'plan:set-image', payload }),
    }),
  );

describe('the floor plan image upload', () => {
  it('stores a JPEG without its metadata, serves it by hash as an image, and plan:set-image puts it on every map', async () => {
    const app = await fresh();
    const response = await upload(app, tinyJpeg(), 'image/jpeg', app.organizerToken);
    expect(response.status).toBe(200);
    const { image } = planImageUploadReply.parse(await response.json());
    const served = await app.server.fetch(new Request(`http://localhost${blobPath(image.hash)}`));
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.length).toBe(image.size);
    expect(bytes.toString('latin1')).not.toContain('GPS');
    expect(bytes.toString('latin1')).not.toContain('Hausmeister');
    expect((await setImage(app, { image })).status).toBe(200);
    expect(app.server.live.state().planImage).toEqual(image);
    expect((await setImage(app, { image: null })).status).toBe(200);
    expect(app.server.live.state().planImage).toBeNull();
  });

  it('stores an SVG plan cleaned of what runs or loads, and serves it with a CSP that lets nothing run', async () => {
    const app = await fresh();
    const hostile = venuePlanSvg.replace('<title>', '<script>alert(1)</script><foreignObject><p>x</p></foreignObject><title>').replace('<rect class="wall"', '<rect onclick="alert(2)" class="wall"');
    const response = await upload(app, Buffer.from(hostile, 'utf8'), 'image/svg+xml', app.organizerToken);
    expect(response.status).toBe(200);
    const { image } = planImageUploadReply.parse(await response.json());
    expect(image.type).toBe('image/svg+xml');
    const served = await app.server.fetch(new Request(`http://localhost${blobPath(image.hash)}`));
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    expect(served.headers.get('content-security-policy')).toBe(svgContentSecurityPolicy);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await served.text();
    for (const gone of ['script', 'alert', 'foreignObject', 'Hausmeister']) expect(text).not.toContain(gone);
    expect(text).toContain('<polygon points="100,350 300,350 250,500"');
    expect((await setImage(app, { image })).status).toBe(200);
    expect(app.server.live.state().planImage).toEqual(image);
  });

  it('refuses an SVG with a DOCTYPE, one that is not well-formed, and a page declared as SVG', async () => {
    const app = await fresh();
    for (const svg of [refusedSvgs['entity expansion'] ?? '', refusedSvgs['not well-formed'] ?? '', '<!doctype html><script>alert(1)</script>']) {
      const refused = await upload(app, Buffer.from(svg, 'utf8'), 'image/svg+xml', app.organizerToken);
      expect(refused.status).toBe(415);
    }
    expect(await app.store.blobs.usage()).toEqual({ blobs: 0, bytes: 0 });
  });

  it('refuses an image that claims to be a PNG but is not, one cut short, and a type it does not take, storing nothing', async () => {
    const app = await fresh();
    for (const [bytes, type] of [[tinyMp4(), 'image/png'], [Buffer.from('<svg onload="alert(1)"/>'), 'image/png'], [tinyPng().subarray(0, 40), 'image/png'], [tinyPng(), 'image/svg+xml']] as const) {
      const refused = await upload(app, Buffer.from(bytes), type, app.organizerToken);
      expect(refused.status).toBe(415);
      expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'wrong_file_type' } });
    }
    expect(await app.store.blobs.usage()).toEqual({ blobs: 0, bytes: 0 });
  });

  it('refuses an image above PLAN_IMAGE_MAX_MB, uploads by anyone but the organizer, and a command naming no stored image', async () => {
    const app = await fresh();
    expect((await upload(app, Buffer.concat([tinyPng(), Buffer.alloc(70 * 1024)]), 'image/png', app.organizerToken)).status).toBe(413);
    expect((await upload(app, tinyPng(), 'image/png')).status).toBe(401);
    expect((await upload(app, tinyPng(), 'image/png', app.moderatorToken)).status).toBe(403);
    expect(await app.store.blobs.usage()).toEqual({ blobs: 0, bytes: 0 });
    const unknown = await setImage(app, { image: { hash: 'b'.repeat(64), type: 'image/png', size: 100 } });
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
