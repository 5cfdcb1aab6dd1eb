import { Hono } from 'hono';
import { planImageTypes, type PlanImageType } from '../../shared/media.js';
import type { PlanImageUploadReply } from '../../shared/mediaSchemas.js';
import type { BlobStore } from '../kernel/blobs.js';
import { sniffType } from '../kernel/fileTypes.js';
import { fail, requireRoute, type AppEnv } from '../kernel/http.js';
import { openUpload, UploadRefusedError } from '../kernel/uploadBody.js';
import { withoutJpegMetadata, withoutPngMetadata } from './imageMetadata.js';
import { cleanedSvg } from './svgCleaning.js';

export const planImageUploadPath = '/api/plan/image';

const cleaners: Record<PlanImageType, (bytes: Buffer) => Buffer | null> = {
  'image/png': withoutPngMetadata,
  'image/jpeg': withoutJpegMetadata,
  'image/svg+xml': cleanedSvg,
};

async function whole(bytes: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of bytes) parts.push(part);
  return Buffer.concat(parts);
}

/**
 * POST /api/plan/image (organizer): a PNG, JPEG or SVG as the body, its type declared. Read whole (it
 * is small, PLAN_IMAGE_MAX_MB), stripped of its metadata (an SVG of all that runs, loads or links),
 * stored; the answer names it for `plan:set-image`.
 */
export function planImageRoutes(deps: { blobs: BlobStore; maxBytes: number }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/plan/image', requireRoute('uploadMedia'), async (c) => {
    try {
      const upload = await openUpload(c.req.raw, { maxBytes: deps.maxBytes, sniff: sniffType, accepted: planImageTypes });
      const cleaned = cleaners[upload.type](await whole(upload.bytes));
      if (!cleaned) throw new UploadRefusedError('wrong_file_type');
      const stored = await deps.blobs.put((async function* () { yield cleaned; })(), upload.type);
      return c.json({ image: { hash: stored.hash, type: upload.type, size: stored.size } } satisfies PlanImageUploadReply);
    } catch (error) {
      if (!(error instanceof UploadRefusedError)) throw error;
      const message = error.code === 'too_large' ? `at most ${deps.maxBytes} bytes` : `a PNG, JPEG or SVG image (${planImageTypes.join(', ')})`;
      return fail(c, error.code, { issues: [{ path: 'body', message }] });
    }
  });
  return routes;
}
