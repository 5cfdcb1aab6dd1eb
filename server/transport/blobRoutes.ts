import { Hono } from 'hono';
import { blobHashPattern } from '../../shared/media.js';
import type { BlobStore } from '../kernel/blobs.js';
import { fail, type AppEnv } from '../kernel/http.js';
import { byteRange } from './byteRange.js';

/**
 * A stored file opened on its own runs nothing: no script, no plug-in, no form (an SVG plan, a
 * file that pretends to be a video). Loaded by the app as an image or a video it is unaffected.
 */
export const blobContentSecurityPolicy = "default-src 'none'; sandbox";

/**
 * An SVG plan opened on its own may draw with its inline styles and embedded raster images (the
 * only kinds the cleaning keeps); still nothing runs, loads or submits.
 */
export const svgContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

/** Its address is its content's hash: what is served there never changes. */
const immutable = 'public, max-age=31536000, immutable';

function stream(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array<ArrayBuffer>> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      // A copy: the store's chunk may be a view into a larger buffer the database driver reuses.
      else controller.enqueue(new Uint8Array(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * GET /api/blobs/<sha256>: the installation's stored files (the DGS video, floor plans), at every
 * event's address alike. Ranges are answered one at a time (206), as phones ask for to seek in an
 * MP4; a repeat with the ETag gets 304.
 */
export function blobRoutes(blobs: BlobStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/:hash', async (c) => {
    const hash = c.req.param('hash');
    const info = blobHashPattern.test(hash) ? await blobs.info(hash) : undefined;
    if (!info) return fail(c, 'not_found');
    const etag = `"${info.hash}"`;
    c.header('Content-Security-Policy', info.type === 'image/svg+xml' ? svgContentSecurityPolicy : blobContentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', immutable);
    c.header('ETag', etag);
    c.header('Accept-Ranges', 'bytes');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    const ifRange = c.req.header('if-range');
    const range = ifRange === undefined || ifRange === etag ? byteRange(c.req.header('range'), info.size) : null;
    if (range === 'unsatisfiable') {
      c.header('Content-Range', `bytes */${info.size}`);
      return c.body(null, 416);
    }
    const { start, end } = range ?? { start: 0, end: info.size - 1 };
    c.header('Content-Type', info.type);
    c.header('Content-Length', String(end - start + 1));
    if (range) c.header('Content-Range', `bytes ${start}-${end}/${info.size}`);
    const body = stream(blobs.read(hash, start, end));
    return range ? c.body(body, 206) : c.body(body, 200);
  });
  return routes;
}
