import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { getRequestListener } from '@hono/node-server';
import { accessRoutes } from './access/accessRoutes.js';
import { createAccessService, type AccessService } from './access/accessService.js';
import { createDeviceIds, type DeviceIds } from './access/deviceIds.js';
import { watchRevocations } from './access/revocationWatch.js';
import { eventFeatures, type EventFeatureParts } from './features.js';
import type { Clock } from './kernel/clock.js';
import { trustNoProxy, type ProxyTrust } from './kernel/clientAddress.js';
import type { Dispatch } from './kernel/dispatcher.js';
import { EventRuntime } from './kernel/eventRuntime.js';
import type { LiveState } from './kernel/liveState.js';
import { silentLogger, type Logger } from './kernel/logger.js';
import { createRateLimits, defaultRateLimits, type RateLimitConfig } from './kernel/rateLimits.js';
import type { Store } from './kernel/store.js';
import { createCommandObserver } from './ops/commandObserver.js';
import { serverLifecycle } from './ops/lifecycle.js';
import { createMetrics } from './ops/metrics.js';
import { opsRoutes, type MetricsAccess } from './ops/opsRoutes.js';
import { liveFigures } from './ops/liveFigures.js';
import { allowedOrigins } from './transport/allowedOrigins.js';
import { createHttpApp } from './transport/httpApp.js';
import { attachSocketServer, createSocketIo, endSocketsOfCode, serveEventSockets, type OrtsterminIo, type ServedProtocol } from './transport/socketServer.js';

export interface ServerConfig {
  /** The built PWA to serve; null for an API-only server. */
  clientDir: string | null;
  /** How many recent changes a reconnecting phone can catch up on before it needs a snapshot. */
  retention: number;
  extraOrigins: readonly string[];
  /** The address printed on staff codes (PUBLIC_URL); null: the address a request came to. */
  publicUrl: string | null;
  /** How often vote counts go out at most. */
  voteFlushMs: number;
  /** Overrides of single limits; the rest keep their defaults. */
  rateLimits: Partial<RateLimitConfig>;
  /** PEM certificate and key: HTTPS (and Socket.IO over it) on the same port. */
  tls: { cert: Buffer; key: Buffer } | null;
  /** Reverse proxies whose forwarded headers are believed (TRUST_PROXY). */
  trustProxy: ProxyTrust;
  metricsAccess: MetricsAccess;
  log: Logger;
  /** Unset: this version's (`shared/protocol.ts`); tests set another to play an older or newer server. */
  protocol?: ServedProtocol;
}

export const defaultServerConfig: ServerConfig = {
  clientDir: null,
  retention: 5000,
  extraOrigins: [],
  publicUrl: null,
  voteFlushMs: 250,
  rateLimits: defaultRateLimits,
  tls: null,
  trustProxy: trustNoProxy,
  metricsAccess: { token: null, allow: trustNoProxy },
  log: silentLogger,
};

export interface OrtsterminServer {
  httpServer: HttpServer | HttpsServer;
  io: OrtsterminIo;
  /** The event this server runs: its live state, pipeline and features. */
  runtime: EventRuntime<EventFeatureParts>;
  /** The runtime's dispatch: a command from a device. */
  dispatch: Dispatch;
  live: LiveState;
  access: AccessService;
  deviceIds: DeviceIds;
  fetch: (request: Request) => Response | Promise<Response>;
  listen(port: number, host?: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
  /**
   * The graceful stop (server/ops/lifecycle.ts): refuse new connections, tell every device "server
   * restarting" (it comes back with backoff), let the commands in flight commit and be
   * acknowledged, flush vote counts, then close the sockets.
   */
  shutdown(): Promise<void>;
}

function portOf(httpServer: { address(): ReturnType<HttpServer['address']> }): number {
  const address = httpServer.address();
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * The composition root: what belongs to the installation (device ids, access codes, limits, the
 * HTTP and Socket.IO servers, metrics) is built once here; the event's runtime gets it handed in.
 */
export async function createServer(deps: { store: Store; clock: Clock; config?: Partial<ServerConfig> }): Promise<OrtsterminServer> {
  const config = { ...defaultServerConfig, ...deps.config };
  const limits: RateLimitConfig = { ...defaultRateLimits, ...config.rateLimits };
  const { store, clock } = deps;
  const deviceIds = createDeviceIds(await store.log.serverKey('device-ids'), limits.deviceIdsPerAddress, store.limiter);
  const access = createAccessService(store.access, clock);
  const io = createSocketIo();
  let stopping = false;
  let runtime: EventRuntime<EventFeatureParts> | null = null;
  const metrics = createMetrics({ connectedDevices: () => io.engine?.clientsCount ?? 0, seq: () => runtime?.live.seq() ?? 0 });
  const commands = createCommandObserver(config.log, metrics);
  // The installation's one event lives in the main namespace, so every app and link works as before.
  const sockets = io.of('/');
  runtime = await EventRuntime.open({
    store, clock, io: sockets, limits,
    features: eventFeatures,
    retention: config.retention,
    coalesceMs: config.voteFlushMs,
    rateCheck: createRateLimits(limits, store.limiter),
    logger: config.log,
    observe: commands.observe,
    onCommitTimed: (seconds) => metrics.commitSeconds(seconds),
  });
  const event = runtime;
  // The revoking request ends this process's sockets at once; the watch ends them on every other process.
  const revocations = watchRevocations(store.access, (codeId) => endSocketsOfCode(sockets, codeId));
  const app = createHttpApp({
    runtime: event,
    access,
    deviceIds,
    clock,
    clientDir: config.clientDir,
    liveFigures: () => liveFigures(event.live.state(), io.engine?.clientsCount ?? 0),
    trustProxy: config.trustProxy,
    log: config.log,
    ops: opsRoutes({
      seq: () => event.live.seq(),
      ready: () => !stopping && store.log.lastSeq() === event.live.seq(),
      metrics,
      metricsAccess: config.metricsAccess,
      trustProxy: config.trustProxy,
      publicUrl: config.publicUrl,
    }),
    routes: [
      { path: '/api/access', routes: accessRoutes({ access, onCodeRevoked: (codeId) => endSocketsOfCode(sockets, codeId), publicUrl: config.publicUrl }) },
      ...event.features.routes,
    ],
  });
  const listener = getRequestListener(app.fetch);
  const httpServer = config.tls ? createHttpsServer(config.tls, listener) : createHttpServer(listener);
  const isAllowedOrigin = allowedOrigins({ publicUrl: config.publicUrl, extraOrigins: config.extraOrigins, port: () => portOf(httpServer) });
  attachSocketServer(io, httpServer, { isAllowedOrigin, trustProxy: config.trustProxy, refuseNew: () => stopping });
  serveEventSockets(sockets, {
    runtime: event,
    access,
    clock,
    deviceIds,
    syncPerSocket: limits.syncPerSocket,
    trustProxy: config.trustProxy,
    onSync: (kind) => metrics.syncServed(kind),
    ...(config.protocol ? { protocol: config.protocol } : {}),
  });
  const lifecycle = serverLifecycle({
    httpServer, io, metrics, commands,
    runtimes: () => [event],
    closeAlso: () => revocations.stop(),
    onStopping: () => (stopping = true),
  });

  return {
    httpServer,
    io,
    runtime: event,
    dispatch: (actor, raw) => event.dispatch(actor, raw),
    live: event.live,
    access,
    deviceIds,
    fetch: (request) => app.fetch(request),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const bound = portOf(httpServer);
          const scheme = config.tls ? 'https' : 'http';
          resolve({ port: bound, url: `${scheme}://${host && host !== '0.0.0.0' ? host : 'localhost'}:${bound}` });
        });
      }),
    close: lifecycle.close,
    shutdown: lifecycle.shutdown,
  };
}
