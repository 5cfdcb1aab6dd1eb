import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.js';

/**
 * The path as a log line may hold it: below a path that names a secret (a mailbox id) only that
 * prefix and `…`, wherever it stands (an event's address before it), and never more than 200 characters.
 */
export function loggedPath(path: string, secretBelow: readonly string[]): string {
  for (const prefix of secretBelow) {
    const at = path.indexOf(prefix);
    if (at >= 0) return `${path.slice(0, Math.min(at + prefix.length, 200))}…`;
  }
  return path.slice(0, 200);
}

/** One line per HTTP request: method, path (never the query, nor a secret in it), status, duration. */
export function requestLog(log: Logger, secretBelow: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log.info({ kind: 'request', method: c.req.method, path: loggedPath(c.req.path, secretBelow), status: c.res.status, ms }, 'request');
  };
}
