import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandPayload } from '../../shared/commands.js';
import { blobPath } from '../../shared/media.js';
import { signVideoUploadReply } from '../../shared/mediaSchemas.js';
import { createTestApp, type TestApp } from '../support/testServer.js';
import { chunkedBody, pageClaimingToBeVideo, tinyMp4, tinyWebm } from '../support/mediaFiles.js';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.store.close();
});
async function fresh(maxVideoBytes = 1024 * 1024) {
  const app = await createTestApp({ config: { uploadLimits: { signVideoBytes: maxVideoBytes, planImageBytes: 1024 * 1024 } } });
  apps.push(app);
  return app;
}

const upload = (app: TestApp, bytes: Buffer | ReadableStream<Uint8Array>, type: string, token?: string) =>
  app.server.fetch(
    new Request('http://localhost/api/sign-video', {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: bytes instanceof ReadableStream ? bytes : new Uint8Array(bytes),
      duplex: 'half',
    } as RequestInit),
  );

const setVideo = (app: TestApp, payload: CommandPayload<'event:set-sign-video'>) =>
  app.server.fetch(
    new Request('http://localhost/api/commands', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${app.organizerToken}` },
      body: JSON.stringify({ id: randomUUID(), type: 'event:set-sign-video', payload }),
    }),
  );

const get = (app: TestApp, path: string, headers: Record<string, string> = {}) => app.server.fetch(new Request(`http://localhost${path}`, { headers }));

describe('the DGS video upload', () => {
  it('stores a WebM video the organizer uploads; the command names it by hash and every phone gets the link', async () => {
    const app = await fresh();
    const video = tinyWebm(5000);
    const response = await upload(app, video, 'video/webm', app.organizerToken);
    expect(response.status).toBe(200);
    const { video: stored } = signVideoUploadReply.parse(await response.json());
    expect(stored).toMatchObject({ type: 'video/webm', size: video.length });
    expect(app.server.live.state().signVideo).toBeNull();
    expect((await setVideo(app, { video: stored })).status).toBe(200);
    expect(app.server.live.state().signVideo).toEqual(stored);
    expect(await (await get(app, '/api/snapshot')).json()).toMatchObject({ snapshot: { state: { signVideo: stored } } });
    // Taken off: the link goes again.
    expect((await setVideo(app, { video: null })).status).toBe(200);
    expect(app.server.live.state().signVideo).toBeNull();
  });

  it('serves the stored video by its hash: its type, nosniff, no scripts, cached for ever, and byte ranges for seeking', async () => {
    const app = await fresh();
    const video = tinyMp4(3000);
    const { video: stored } = signVideoUploadReply.parse(await (await upload(app, video, 'video/mp4', app.organizerToken)).json());
    const whole = await get(app, blobPath(stored.hash));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(whole.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(whole.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(video)).toBe(true);

    const part = await get(app, blobPath(stored.hash), { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${video.length}`);
    expect(part.headers.get('content-length')).toBe('100');
    expect(Buffer.from(await part.arrayBuffer()).equals(video.subarray(100, 200))).toBe(true);
    const tail = await get(app, blobPath(stored.hash), { range: 'bytes=-10' });
    expect(Buffer.from(await tail.arrayBuffer()).equals(video.subarray(-10))).toBe(true);
    const past = await get(app, blobPath(stored.hash), { range: `bytes=${video.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${video.length}`);
    expect((await get(app, blobPath(stored.hash), { 'if-none-match': `"${stored.hash}"` })).status).toBe(304);
    // At an event's own address too, and unknown or malformed hashes are a typed 404.
    expect((await get(app, blobPath('0'.repeat(64)))).status).toBe(404);
    expect((await get(app, '/api/blobs/..%2Fortstermin.db')).status).toBe(404);
  });

  it('refuses a file whose bytes are not the video it claims to be, and a type it does not take, storing nothing', async () => {
    const app = await fresh();
    const claimed = await upload(app, pageClaimingToBeVideo, 'video/mp4', app.organizerToken);
    expect(claimed.status).toBe(415);
    expect(await claimed.json()).toMatchObject({ ok: false, error: { code: 'wrong_file_type' } });
    // Real WebM bytes declared as MP4: the declared type must be what the bytes are.
    expect((await upload(app, tinyWebm(), 'video/mp4', app.organizerToken)).status).toBe(415);
    expect((await upload(app, tinyMp4(), 'text/html', app.organizerToken)).status).toBe(415);
    expect(await app.store.blobs.usage()).toEqual({ blobs: 0, bytes: 0 });
  });

  it('refuses a video above the limit while reading it, with or without a declared length, storing nothing', async () => {
    const app = await fresh(64 * 1024);
    const large = tinyWebm(200 * 1024);
    const chunked = await upload(app, chunkedBody(large), 'video/webm', app.organizerToken);
    expect(chunked.status).toBe(413);
    expect(await chunked.json()).toMatchObject({ ok: false, error: { code: 'too_large' } });
    const declared = await upload(app, large, 'video/webm', app.organizerToken);
    expect(declared.status).toBe(413);
    expect(await app.store.blobs.usage()).toEqual({ blobs: 0, bytes: 0 });
    // Just below the limit goes through.
    expect((await upload(app, tinyWebm(60 * 1024), 'video/webm', app.organizerToken)).status).toBe(200);
  });

  it('lets only the organizer upload: an attendee is unauthenticated, a moderator forbidden', async () => {
    const app = await fresh();
    const attendee = await upload(app, tinyWebm(), 'video/webm');
    expect(attendee.status).toBe(401);
    expect(await attendee.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const moderator = await upload(app, tinyWebm(), 'video/webm', app.moderatorToken);
    expect(moderator.status).toBe(403);
    expect(await moderator.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await app.store.blobs.usage()).toEqual({ blobs: 0, bytes: 0 });
  });

  it('refuses a command naming a file that was never uploaded, or naming it as another type, changing nothing', async () => {
    const app = await fresh();
    const seq = app.store.log.lastSeq();
    const unknown = await setVideo(app, { video: { hash: 'a'.repeat(64), type: 'video/mp4', size: 10 } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const { video } = signVideoUploadReply.parse(await (await upload(app, tinyWebm(), 'video/webm', app.organizerToken)).json());
    expect((await setVideo(app, { video: { ...video, type: 'video/mp4' } })).status).toBe(400);
    expect(app.store.log.lastSeq()).toBe(seq);
    expect(app.server.live.state().signVideo).toBeNull();
  });
});
