import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { commandEnvelopeSchema } from '../../shared/commands.js';
import { commandError, httpStatusOf, issuesOf, type CommandResult, type ErrorCode } from '../../shared/errors.js';
import type { AccessService } from '../access/accessService.js';
import type { Clock } from '../clock.js';
import type { Dispatch } from '../commands/dispatcher.js';
import type { LiveState } from '../state/liveState.js';
import { roomsFor } from '../state/audience.js';
import { actorFromAuthorization } from './bearer.js';
import { serveClient } from './staticFiles.js';

export interface HttpDeps {
  dispatch: Dispatch;
  live: LiveState;
  access: AccessService;
  clock: Clock;
  /** The built PWA; null serves only the API (tests). */
  clientDir: string | null;
}

/** Large enough for the largest command (an announcement in two languages), small enough to be cheap. */
export const maxBodyBytes = 16 * 1024;

function fail(c: Context, code: ErrorCode, extra: Parameters<typeof commandError>[1] = {}) {
  return c.json(commandError(code, extra), httpStatusOf[code]);
}

function sendResult(c: Context, result: CommandResult) {
  return result.ok ? c.json(result, 200) : c.json(result, httpStatusOf[result.error.code]);
}

/** Every validator answers a failed parse with the same typed error the socket gives. */
const validate = <T extends z.ZodType>(target: 'json' | 'query', schema: T) =>
  zValidator(target, schema, (result, c) => {
    if (!result.success) return fail(c, 'invalid_command', { issues: issuesOf(result.error) });
  });

export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function createHttpApp(deps: HttpDeps): Hono {
  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy, referrerPolicy: 'no-referrer' }));
  app.use('/api/*', bodyLimit({ maxSize: maxBodyBytes, onError: (c) => fail(c, 'too_large') }));

  app.get('/api/health', (c) => c.json({ ok: true, seq: deps.live.seq() }));

  app.get('/api/snapshot', (c) => {
    const actor = actorFromAuthorization(c.req.header('authorization'), deps.access);
    if (!actor) return fail(c, 'unauthenticated');
    return c.json({ snapshot: deps.live.snapshotFor(roomsFor(actor)), serverTime: deps.clock.now() });
  });

  app.get('/api/changes', validate('query', z.object({ since: z.coerce.number().int().min(0) })), (c) => {
    const actor = actorFromAuthorization(c.req.header('authorization'), deps.access);
    if (!actor) return fail(c, 'unauthenticated');
    const changes = deps.live.changesAfter(c.req.valid('query').since, roomsFor(actor));
    if (!changes) return c.json({ kind: 'snapshot-required' as const, seq: deps.live.seq() });
    return c.json({ kind: 'changes' as const, changes, seq: deps.live.seq() });
  });

  app.post('/api/commands', validate('json', commandEnvelopeSchema), (c) => {
    const actor = actorFromAuthorization(c.req.header('authorization'), deps.access);
    if (!actor) return fail(c, 'unauthenticated');
    return sendResult(c, deps.dispatch(actor, c.req.valid('json')));
  });

  app.post('/api/access/redeem', validate('json', z.object({ code: z.string().min(16).max(128) })), (c) => {
    const redeemed = deps.access.redeem(c.req.valid('json').code);
    return redeemed ? c.json(redeemed) : fail(c, 'unauthenticated');
  });

  app.get('/api/me', (c) => {
    const actor = actorFromAuthorization(c.req.header('authorization'), deps.access);
    if (!actor) return fail(c, 'unauthenticated');
    return c.json({ role: actor.role, standId: actor.standId ?? null });
  });

  app.all('/api/*', (c) => fail(c, 'not_found'));
  if (deps.clientDir) serveClient(app, deps.clientDir);
  app.notFound((c) => fail(c, 'not_found'));
  app.onError((error, c) => {
    // Hono raises HTTPException for bodies it cannot read (malformed JSON): the client's fault.
    if (error instanceof HTTPException && error.status === 400) return fail(c, 'invalid_command');
    if (error instanceof HTTPException && error.status === 413) return fail(c, 'too_large');
    console.error('request failed', c.req.method, c.req.path, error);
    return fail(c, 'internal');
  });
  return app;
}
