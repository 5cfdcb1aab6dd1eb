import type { Figures, IssuedDevice, Me } from '../../shared/access.js';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { commandEnvelopeSchema } from '../../shared/commands.js';
import type { Clock } from '../kernel/clock.js';
import type { EventRuntime } from '../kernel/eventRuntime.js';
import type { FeatureRoutes } from '../kernel/feature.js';
import { roomsFor } from '../kernel/audience.js';
import { clientOf, fail, identify, requireRoute, sendResult, validate, type AppEnv } from '../kernel/http.js';
import type { IssuedDeviceIds, TokenHolders } from '../kernel/identity.js';
import type { ProxyTrust } from '../kernel/clientAddress.js';
import type { Logger } from '../kernel/logger.js';
import { loggedPath, requestLog } from '../kernel/requestLog.js';
import { robotsTxt } from './robots.js';
import { serveClient } from './staticFiles.js';
import { contentSecurityPolicy } from './securityHeaders.js';
import { snapshotBodies } from './snapshotBody.js';
import type { SyncBodies } from './syncReply.js';
import type { SyncCheck } from '../kernel/syncBudget.js';
import type { MiddlewareHandler } from 'hono';

export interface HttpDeps {
  /** The event the API's snapshot, changes and commands are about. */
  runtime: EventRuntime;
  access: TokenHolders;
  deviceIds: IssuedDeviceIds & { issue(address: string | undefined): Promise<IssuedDevice | { retryAfterMs: number }> };
  clock: Clock;
  /** The built PWA; null serves only the API (tests). */
  clientDir: string | null;
  liveFigures: () => Record<string, number>;
  trustProxy: ProxyTrust;
  log: Logger;
  /** Health, readiness, metrics (server/ops/opsRoutes.ts). */
  ops: Hono;
  /** The installation's and the event's features' routes, mounted after the caller is identified. */
  routes: readonly FeatureRoutes[];
  /** Catch-ups per device and per address, shared with the socket's sync (`syncBudget.ts`). */
  syncBudget: SyncCheck;
  /** The event's catch-up bodies, shared with the socket's sync. */
  syncBodies: SyncBodies;
}

/** Large enough for the largest command (an announcement in two languages), small enough to be cheap. */
export const maxBodyBytes = 16 * 1024;

/** Commands stay small; a feature's routes may take larger bodies below their own path (programme files). */
function bodyLimits(routes: readonly FeatureRoutes[]) {
  const commands = bodyLimit({ maxSize: maxBodyBytes, onError: (c) => fail(c, 'too_large') });
  const large = routes.flatMap(({ largeBodies }) =>
    largeBodies ? [{ under: largeBodies.under, limit: largeBodies.streamed ? declaredLength(largeBodies.maxBytes) : bodyLimit({ maxSize: largeBodies.maxBytes, onError: (c) => fail(c, 'too_large') }) }] : [],
  );
  return (path: string) => large.find(({ under }) => path.startsWith(under))?.limit ?? commands;
}

/** For a route that counts its body itself: a declared length above the limit is refused before a byte is read. */
function declaredLength(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    if (Number(c.req.header('content-length') ?? 0) > maxBytes) return fail(c, 'too_large');
    await next();
  };
}

/** A catch-up over HTTP counts as the socket's does: per device and address, refused with rate_limited. */
function withinSyncBudget(budget: SyncCheck): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const refused = await budget(c.get('actor'));
    if (refused) return fail(c, 'rate_limited', refused);
    await next();
  };
}

export function createHttpApp(deps: HttpDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { runtime } = deps;
  const secretBelow = deps.routes.flatMap((route) => (route.secretBelow ? [route.secretBelow] : []));
  app.use('*', requestLog(deps.log, secretBelow));
  // A route that sets a header of its own keeps it (a stored file's stricter CSP).
  app.use('*', secureHeaders({ contentSecurityPolicy, referrerPolicy: 'no-referrer', overwrite: false }));
  const limitFor = bodyLimits(deps.routes);
  app.use('/api/*', (c, next) => limitFor(c.req.path)(c, next));
  app.route('/', deps.ops);
  app.post('/api/device', async (c) => {
    const issued = await deps.deviceIds.issue(clientOf(c, deps.trustProxy)?.address);
    return 'deviceId' in issued ? c.json(issued satisfies IssuedDevice) : fail(c, 'rate_limited', issued);
  });
  app.use('/api/*', identify(deps.access, deps.deviceIds, deps.trustProxy));

  const snapshotBody = snapshotBodies();
  app.get('/api/snapshot', withinSyncBudget(deps.syncBudget), async (c) => {
    const rooms = roomsFor(c.get('actor'));
    await runtime.live.readyFor(rooms);
    return c.body(await snapshotBody(runtime.live.snapshotFor(rooms), () => deps.clock.now()), 200, { 'content-type': 'application/json' });
  });

  app.get('/api/changes', validate('query', z.object({ since: z.coerce.number().int().min(0) })), withinSyncBudget(deps.syncBudget), (c) => {
    // The very bytes the socket's catch-up sends for this seq and audience: encoded once.
    const changes = deps.syncBodies.changes(c.req.valid('query').since, roomsFor(c.get('actor')));
    if (!changes) return c.json({ kind: 'snapshot-required' as const, seq: runtime.live.seq() });
    return c.body(changes as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'application/json' });
  });

  app.post('/api/commands', validate('json', commandEnvelopeSchema), async (c) => sendResult(c, await runtime.dispatch(c.get('actor'), c.req.valid('json'))));

  app.get('/api/me', (c) => c.json({ role: c.get('actor').role, standId: c.get('actor').standId ?? null } satisfies Me));
  app.get('/api/figures', requireRoute('liveFigures'), (c) => c.json(deps.liveFigures() satisfies Figures));
  for (const { path, routes } of deps.routes) app.route(path, routes);
  app.all('/api/*', (c) => fail(c, 'not_found'));
  app.get('/robots.txt', (c) => c.text(robotsTxt(runtime.live.state().event?.indexable === true)));
  if (deps.clientDir) serveClient(app, deps.clientDir);
  app.notFound((c) => fail(c, 'not_found'));
  app.onError((error, c) => {
    // Hono raises HTTPException for bodies it cannot read (malformed JSON): the client's fault.
    if (error instanceof HTTPException && error.status === 400) return fail(c, 'invalid_command');
    if (error instanceof HTTPException && error.status === 413) return fail(c, 'too_large');
    deps.log.error({ kind: 'request', method: c.req.method, path: loggedPath(c.req.path, secretBelow), err: error }, 'request failed');
    return fail(c, 'internal');
  });
  return app;
}
