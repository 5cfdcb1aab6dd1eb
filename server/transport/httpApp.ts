import type { Figures, Me } from '../../shared/access.js';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { commandEnvelopeSchema } from '../../shared/commands.js';
import type { AccessService } from '../access/accessService.js';
import { accessRoutes, type AccessRouteDeps } from '../access/accessRoutes.js';
import type { Clock } from '../clock.js';
import type { Dispatch } from '../kernel/dispatcher.js';
import { importBodyLimitBytes, importRoutes } from '../import/importRoutes.js';
import type { ImportWorker } from '../import/importWorkerClient.js';
import type { ImportApplier } from '../import/importApplier.js';
import type { LiveState } from '../kernel/liveState.js';
import { roomsFor } from '../kernel/audience.js';
import { clientOf, fail, identify, requireRoute, sendResult, validate, type AppEnv } from '../kernel/http.js';
import type { DeviceIds } from '../access/deviceIds.js';
import type { IssuedDevice } from '../../shared/access.js';
import { serveClient } from './staticFiles.js';
import { contentSecurityPolicy } from './securityHeaders.js';
import { snapshotBodies } from './snapshotBody.js';
import type { ProxyTrust } from '../kernel/clientAddress.js';
import type { Logger } from '../ops/logger.js';
import { requestLog } from '../ops/requestLog.js';

export interface HttpDeps {
  dispatch: Dispatch;
  live: LiveState;
  importWorker: ImportWorker;
  imports: ImportApplier;
  access: AccessService;
  clock: Clock;
  /** The built PWA; null serves only the API (tests). */
  clientDir: string | null;
  onCodeRevoked: AccessRouteDeps['onCodeRevoked'];
  liveFigures: () => Record<string, number>;
  publicUrl: string | null;
  deviceIds: DeviceIds;
  trustProxy: ProxyTrust;
  log: Logger;
  /** Health, readiness, metrics (server/ops/opsRoutes.ts). */
  ops: Hono;
  /** A feature's own routes (after identification, before the API's not-found), by base path. */
  featureRoutes?: Record<string, Hono<AppEnv>>;
}

/** Large enough for the largest command (an announcement in two languages), small enough to be cheap. */
export const maxBodyBytes = 16 * 1024;


export function createHttpApp(deps: HttpDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(deps.log));
  app.use('*', secureHeaders({ contentSecurityPolicy, referrerPolicy: 'no-referrer' }));
  // Imports carry whole programme files; everything else stays small.
  const apiBodyLimit = bodyLimit({ maxSize: maxBodyBytes, onError: (c) => fail(c, 'too_large') });
  const importBodyLimit = bodyLimit({ maxSize: importBodyLimitBytes, onError: (c) => fail(c, 'too_large') });
  app.use('/api/*', (c, next) => (c.req.path.startsWith('/api/import/') ? importBodyLimit : apiBodyLimit)(c, next));
  app.route('/', deps.ops);
  app.post('/api/device', async (c) => {
    const issued = await deps.deviceIds.issue(clientOf(c, deps.trustProxy)?.address);
    return 'deviceId' in issued ? c.json(issued satisfies IssuedDevice) : fail(c, 'rate_limited', issued);
  });
  app.use('/api/*', identify(deps.access, deps.deviceIds, deps.trustProxy));

  const snapshotBody = snapshotBodies();
  app.get('/api/snapshot', async (c) =>
    c.body(await snapshotBody(deps.live.snapshotFor(roomsFor(c.get('actor'))), () => deps.clock.now()), 200, { 'content-type': 'application/json' }),
  );

  app.get('/api/changes', validate('query', z.object({ since: z.coerce.number().int().min(0) })), (c) => {
    const changes = deps.live.changesAfter(c.req.valid('query').since, roomsFor(c.get('actor')));
    if (!changes) return c.json({ kind: 'snapshot-required' as const, seq: deps.live.seq() });
    return c.json({ kind: 'changes' as const, changes, seq: deps.live.seq() });
  });

  app.post('/api/commands', validate('json', commandEnvelopeSchema), async (c) =>
    sendResult(c, await deps.dispatch(c.get('actor'), c.req.valid('json'))),
  );

  app.get('/api/me', (c) => c.json({ role: c.get('actor').role, standId: c.get('actor').standId ?? null } satisfies Me));
  app.get('/api/figures', requireRoute('liveFigures'), (c) => c.json(deps.liveFigures() satisfies Figures));
  app.route('/api/access', accessRoutes({ access: deps.access, onCodeRevoked: deps.onCodeRevoked, publicUrl: deps.publicUrl }));
  app.route('/api', importRoutes({ dispatch: deps.dispatch, live: deps.live, importWorker: deps.importWorker, imports: deps.imports }));

  for (const [path, routes] of Object.entries(deps.featureRoutes ?? {})) app.route(path, routes);
  app.all('/api/*', (c) => fail(c, 'not_found'));
  if (deps.clientDir) serveClient(app, deps.clientDir);
  app.notFound((c) => fail(c, 'not_found'));
  app.onError((error, c) => {
    // Hono raises HTTPException for bodies it cannot read (malformed JSON): the client's fault.
    if (error instanceof HTTPException && error.status === 400) return fail(c, 'invalid_command');
    if (error instanceof HTTPException && error.status === 413) return fail(c, 'too_large');
    deps.log.error({ kind: 'request', method: c.req.method, path: c.req.path, err: error }, 'request failed');
    return fail(c, 'internal');
  });
  return app;
}
