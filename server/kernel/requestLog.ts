import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.js';

/** One line per HTTP request: method, path (never the query), status, duration. */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log.info({ kind: 'request', method: c.req.method, path: c.req.path.slice(0, 200), status: c.res.status, ms }, 'request');
  };
}
