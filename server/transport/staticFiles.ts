import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';
import { isFilePath } from './robots.js';

/**
 * Serves the built PWA. Hashed assets are cached for a year; the shell and the service worker
 * are revalidated each time, so a new version is found as soon as the phone is online.
 */
export function serveClient<E extends Env>(app: Hono<E>, clientDir: string): void {
  const root = relative(process.cwd(), clientDir) || '.';
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok && !c.req.path.startsWith('/assets/')) c.header('Cache-Control', 'no-cache');
  });
  app.get('*', serveStatic({ root, precompressed: true }));
  // A missing file is a 404, never the shell: a hashed one cached as "immutable" would stay for a year,
  // and robots and scanners asking for /wp-login.php or /robots.txt would read the app's HTML as the file.
  app.get('*', (c, next) => (c.req.path.startsWith('/assets/') || isFilePath(c.req.path) ? c.text('not found', 404, { 'Cache-Control': 'no-store' }) : next()));
  // Client-side routes (/session/…, /staff) get the app shell; the router takes it from there.
  app.get('*', serveStatic({ root, path: 'index.html' }));
}
