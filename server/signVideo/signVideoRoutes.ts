import { Hono } from 'hono';
import { signVideoTypes } from '../../shared/media.js';
import type { SignVideoUploadReply } from '../../shared/mediaSchemas.js';
import type { BlobStore } from '../kernel/blobs.js';
import { sniffType } from '../kernel/fileTypes.js';
import { fail, requireRoute, type AppEnv } from '../kernel/http.js';
import { openUpload, UploadRefusedError } from '../kernel/uploadBody.js';

export const signVideoUploadPath = '/api/sign-video';

/**
 * POST /api/sign-video (organizer): the video's bytes as the body, `Content-Type: video/mp4` or
 * `video/webm`. Stored as they arrive; the answer names the stored file for `event:set-sign-video`.
 */
export function signVideoRoutes(deps: { blobs: BlobStore; maxBytes: () => number }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/sign-video', requireRoute('uploadMedia'), async (c) => {
    try {
      const upload = await openUpload(c.req.raw, { maxBytes: deps.maxBytes(), sniff: sniffType, accepted: signVideoTypes });
      const stored = await deps.blobs.put(upload.bytes, upload.type);
      return c.json({ video: { hash: stored.hash, type: upload.type, size: stored.size } } satisfies SignVideoUploadReply);
    } catch (error) {
      if (!(error instanceof UploadRefusedError)) throw error;
      const message = error.code === 'too_large' ? `at most ${deps.maxBytes()} bytes` : `an MP4 or WebM video (${signVideoTypes.join(', ')})`;
      return fail(c, error.code, { issues: [{ path: 'body', message }] });
    }
  });
  return routes;
}
