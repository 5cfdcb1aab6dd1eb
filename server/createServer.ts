import { createServer as createHttpServer, IncomingMessage, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { getRequestListener, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import type { AccessService } from './access/accessService.js';
import type { DeviceIds } from './access/deviceIds.js';
import { watchRevocations } from './access/revocationWatch.js';
import type { EventSite, InstallationParts } from './eventSite.js';
import { openSeries, type OpenedSeries } from './openSeries.js';
import { commandError } from '../shared/errors.js';
import type { EventFeatureParts } from './features.js';
import type { Clock } from './kernel/clock.js';
import { trustNoProxy, type ProxyTrust } from './kernel/clientAddress.js';
import type { Dispatch } from './kernel/dispatcher.js';
import type { EventRuntime } from './kernel/eventRuntime.js';
import type { LiveState } from './kernel/liveState.js';
import { silentLogger, type Logger } from './kernel/logger.js';
import { slowReaderBound, watchSlowReaders } from './transport/slowReaders.js';
import { createAddressCap } from './transport/addressCap.js';
import { createSyncBudget } from './kernel/syncBudget.js';
import { createRateLimits, defaultRateLimits, type RateLimitConfig } from './kernel/rateLimits.js';
import type { Store } from './kernel/store.js';
import { defaultUploadLimits, type UploadLimits } from './kernel/blobs.js';
import { createCommandObserver } from './ops/commandObserver.js';
import { trackConnections } from './ops/connections.js';
import { serverLifecycle } from './ops/lifecycle.js';
import { createMetrics } from './ops/metrics.js';
import { ortsterminVersion } from './ops/version.js';
import { opsRoutes, type MetricsAccess } from './ops/opsRoutes.js';
import type { Series } from './series/series.js';
import { seriesRoutes } from './series/seriesRoutes.js';
import { libraryRoutes } from './library/libraryRoutes.js';
import { seriesLibrary } from './library/seriesLibrary.js';
import { blobRoutes } from './transport/blobRoutes.js';
import { allowedOrigins } from './transport/allowedOrigins.js';
import { createTurnSlices } from './kernel/turnSlices.js';
import { attachSocketServer, createSocketIo, endSocketsOfCode, serveSockets, type OrtsterminIo, type ServedProtocol } from './transport/socketServer.js';

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
  /** The largest sign-language video and floor-plan image, in bytes. */
  uploadLimits: UploadLimits;
  /** Overrides of single limits; the rest keep their defaults. */
  rateLimits: Partial<RateLimitConfig>;
  /** The least a socket may have queued before it is ended as one that does not read (`slowReaders.ts`). */
  socketBufferFloorBytes: number;
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
  uploadLimits: defaultUploadLimits,
  rateLimits: defaultRateLimits,
  socketBufferFloorBytes: 4 * 1024 * 1024,
  tls: null,
  trustProxy: trustNoProxy,
  metricsAccess: { token: null, allow: trustNoProxy },
  log: silentLogger,
};

export interface OrtsterminServer {
  httpServer: HttpServer | HttpsServer;
  io: OrtsterminIo;
  /** The installation's events; each with its own runtime, codes, device ids and address. */
  series: Series<EventSite>;
  /** The series' first event (an installation from before series has only it): its runtime and parts. */
  runtime: EventRuntime<EventFeatureParts>;
  /** The first event's dispatch: a command from a device. */
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

/** The servers here speak HTTP/1.1 (with TLS or without); the bindings then carry Node's request. */
function isHttp1(env: HttpBindings | Http2Bindings): env is HttpBindings {
  return env.incoming instanceof IncomingMessage;
}

/**
 * The composition root: what belongs to the installation (the HTTP and Socket.IO servers, access
 * records, limits, metrics) is built once here; each event of the series gets it handed in.
 */
export async function createServer(deps: { store: Store; clock: Clock; config?: Partial<ServerConfig> }): Promise<OrtsterminServer> {
  const config = { ...defaultServerConfig, ...deps.config };
  const limits: RateLimitConfig = { ...defaultRateLimits, ...config.rateLimits };
  const { store, clock } = deps;
  const io = createSocketIo();
  // One per process: reconnect storms spread over the loop's turns (upgrades, handshakes, catch-ups).
  const slices = createTurnSlices();
  let stopping = false;
  let seq = () => 0;
  const metrics = createMetrics({ connectedDevices: () => io.engine?.clientsCount ?? 0, seq: () => seq() });
  const commands = createCommandObserver(config.log, metrics);
  let seriesOpened: OpenedSeries | null = null;
  const everyEventWritable = async () => (await Promise.all((seriesOpened?.series.all() ?? []).map((site) => site.runtime.writable()))).every(Boolean);
  const parts: InstallationParts = {
    home: store,
    clock,
    io,
    runtime: {
      clock, limits,
      uploads: { blobs: store.blobs, limits: config.uploadLimits },
      retention: config.retention,
      coalesceMs: config.voteFlushMs,
      rateCheck: createRateLimits(limits, store.limiter),
      logger: config.log,
      observe: commands.observe,
      onCommitTimed: (seconds) => metrics.commitSeconds(seconds),
    },
    syncBudget: createSyncBudget(limits, store.limiter),
    clientDir: config.clientDir,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    log: config.log,
    ops: opsRoutes({
      seq: () => seq(),
      ready: async () => !stopping && store.log.lastSeq() === seq() && (await everyEventWritable()),
      metrics,
      metricsAccess: config.metricsAccess,
      trustProxy: config.trustProxy,
      publicUrl: config.publicUrl,
      version: ortsterminVersion(),
    }),
    routes: [
      // The installation's stored files: one address per content, at every event's address alike.
      { path: '/api/blobs', routes: blobRoutes(store.blobs) },
      {
        path: '/api/events',
        routes: seriesRoutes({
          list: () => seriesOpened?.series.list() ?? [],
          close: async (id) => (seriesOpened ? seriesOpened.series.close(id, store.series) : false),
          next: (request) => (seriesOpened ? seriesOpened.next(request) : Promise.resolve(commandError('unavailable'))),
        }),
      },
      { path: '/api/library', routes: libraryRoutes(seriesLibrary(() => seriesOpened?.series.all() ?? []), () => clock.now()) },
    ],
    onSync: (kind) => metrics.syncServed(kind),
    slices,
    ...(config.protocol ? { protocol: config.protocol } : {}),
  };
  const opened = await openSeries(parts, clock);
  const { series } = opened;
  seriesOpened = opened;
  const [first] = series.all();
  if (!first) throw new Error('a series without events');
  seq = () => first.runtime.live.seq();
  // The revoking request ends this process's sockets at once; the watch ends them on every other process.
  const revocations = watchRevocations(store.access, (codeId) => series.all().forEach((site) => endSocketsOfCode(site.rooms, codeId)));
  const listener = getRequestListener((request, env) => series.fetch(request, isHttp1(env) ? env : undefined));
  const httpServer = config.tls ? createHttpsServer(config.tls, listener) : createHttpServer(listener);
  const isAllowedOrigin = allowedOrigins({ publicUrl: config.publicUrl, extraOrigins: config.extraOrigins, port: () => portOf(httpServer) });
  attachSocketServer(io, httpServer, { isAllowedOrigin, trustProxy: config.trustProxy, refuseNew: () => stopping, slices });
  serveSockets(io, (slug) => (slug === undefined ? series.root() : series.bySlug(slug))?.sockets ?? null, slices, createAddressCap(limits.socketsPerAddress, config.trustProxy));
  const largestReply = () => Math.max(0, ...series.all().map((site) => site.syncBodies.largest()));
  const slowReaders = watchSlowReaders(io, slowReaderBound(config.socketBufferFloorBytes, largestReply));
  const connections = trackConnections(httpServer, Boolean(config.tls));
  const lifecycle = serverLifecycle({
    httpServer, io, metrics, commands,
    endUnusedConnections: () => connections.endUnused(),
    runtimes: () => series.all().map((site) => site.runtime),
    closeAlso: () => {
      revocations.stop();
      slowReaders.stop();
      for (const site of series.all()) if (site.store !== store) void site.store.close();
    },
    onStopping: () => (stopping = true),
  });

  return {
    httpServer,
    io,
    series,
    runtime: first.runtime,
    dispatch: (actor, raw) => first.runtime.dispatch(actor, raw),
    live: first.runtime.live,
    access: first.access,
    deviceIds: first.deviceIds,
    fetch: (request) => series.fetch(request),
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
