import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { getRequestListener } from '@hono/node-server';
import type { Change } from '../shared/changes.js';
import { createAccessService, type AccessService } from './access/accessService.js';
import { watchRevocations } from './access/revocationWatch.js';
import type { Clock } from './clock.js';
import { createDispatcher, type Dispatch } from './kernel/dispatcher.js';
import { createCommitPipeline, type CommitPipeline, type SystemDrafts } from './kernel/commitPipeline.js';
import { createLiveState, type LiveState } from './kernel/liveState.js';
import { createImportWorker } from './import/importWorkerClient.js';
import { createImportApplier, type ImportApplier } from './import/importApplier.js';
import { createImportJournal, undoInterruptedImport } from './import/importUndo.js';
import { createVotesCoalescer, type VotesCoalescer } from './questions/questionVotesCoalescer.js';
import { createVoteIndex } from './questions/voteIndex.js';
import { createPollIndex } from './polls/pollIndex.js';
import { createPollResultsCoalescer, type PollResultsCoalescer } from './polls/pollResultsCoalescer.js';
import { pollExportRoutes } from './polls/pollExportRoutes.js';
import type { Store } from './kernel/store.js';
import { createHttpApp } from './transport/httpApp.js';
import { attachSocketServer, createSocketIo, endSocketsOfCode, publishChanges, type OrtsterminIo, type ServedProtocol } from './transport/socketServer.js';
import { createAnnouncementReceipts } from './announcements/announcementReceipts.js';
import { createRateLimits, defaultRateLimits, type RateLimitConfig } from './kernel/rateLimits.js';
import { liveFigures } from './state/liveFigures.js';
import { socketEvents } from '../shared/events.js';
import { trustNoProxy, type ProxyTrust } from './kernel/clientAddress.js';
import { silentLogger, type Logger } from './ops/logger.js';
import { createMetrics } from './ops/metrics.js';
import { observeDispatch } from './ops/observedDispatch.js';
import { opsRoutes, type MetricsAccess } from './ops/opsRoutes.js';
import { serverLifecycle } from './ops/lifecycle.js';
import { createDeviceIds, type DeviceIds } from './access/deviceIds.js';
import { allowedOrigins } from './transport/allowedOrigins.js';

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
  dispatch: Dispatch;
  /** Commits the server's own changes (imports, counts) through the same queue as commands. */
  pipeline: CommitPipeline;
  live: LiveState;
  /** Programme imports, committed in slices. */
  imports: ImportApplier;
  votes: VotesCoalescer;
  pollResults: PollResultsCoalescer;
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

export async function createServer(deps: { store: Store; clock: Clock; config?: Partial<ServerConfig> }): Promise<OrtsterminServer> {
  const config = { ...defaultServerConfig, ...deps.config };
  const limits: RateLimitConfig = { ...defaultRateLimits, ...config.rateLimits };
  const { store, clock } = deps;
  const { log } = store;
  const deviceIds = createDeviceIds(await log.serverKey('device-ids'), limits.deviceIdsPerAddress, store.limiter);
  const voteIndex = createVoteIndex();
  const pollIndex = createPollIndex();
  const importJournal = createImportJournal();
  const live = await createLiveState(log, { retention: config.retention, projections: [voteIndex, pollIndex, importJournal] });
  const access = createAccessService(store.access, clock);
  const io = createSocketIo();
  let stopping = false;
  const metrics = createMetrics({ connectedDevices: () => io.engine?.clientsCount ?? 0, seq: () => live.seq() });
  const committedListeners: ((changes: readonly Change[]) => void)[] = [];
  const pipeline = createCommitPipeline({
    log, live, votes: voteIndex, polls: pollIndex, clock,
    publisher: { publish: (changes) => publishChanges(io, changes) },
    onCommitted: (changes) => committedListeners.forEach((listener) => listener(changes)),
    onCommitTimed: (seconds) => metrics.commitSeconds(seconds),
    importOpen: () => importJournal.unfinished() !== null,
  });
  log.onForeignCommit(() => void pipeline.catchUp());
  const commit = (drafts: SystemDrafts) => pipeline.commitSystem(drafts);
  const undoDeps = { log, state: () => live.state(), journal: importJournal, commit };
  const undone = await undoInterruptedImport(undoDeps);
  if (undone !== null) config.log.warn({ changes: undone }, 'an import the server stopped in the middle of was undone; preview and apply it again');
  const imports = createImportApplier({ live, commit, undo: undoDeps });
  const dispatcher = createDispatcher({ log, pipeline, rateCheck: createRateLimits(limits, store.limiter) });
  const observed = observeDispatch(imports.guard(dispatcher), config.log, metrics);
  const dispatch = observed.dispatch;
  const votes = createVotesCoalescer({ intervalMs: config.voteFlushMs, votes: voteIndex, live, commit });
  const pollResults = createPollResultsCoalescer({ intervalMs: config.voteFlushMs, polls: pollIndex, live, commit });
  committedListeners.push(votes.onCommitted, pollResults.onCommitted);
  await votes.recount();
  await pollResults.recount();
  const receipts = createAnnouncementReceipts({
    intervalMs: 1000,
    isAnnouncement: (id) => live.state().announcements.some((a) => a.id === id),
    publish: (counts) => io.to('staff').emit(socketEvents.receipts, counts),
    ...(store.receipts ? { shared: store.receipts } : {}),
  });
  const importWorker = createImportWorker();
  // One process: the revoking request ends the sockets itself. Several: each watches the shared records.
  const revocations = store.kind === 'postgres' ? watchRevocations(store.access, (codeId) => endSocketsOfCode(io, codeId)) : null;
  const app = createHttpApp({
    dispatch,
    live,
    importWorker,
    imports,
    access,
    clock,
    clientDir: config.clientDir,
    publicUrl: config.publicUrl,
    deviceIds,
    onCodeRevoked: (codeId) => endSocketsOfCode(io, codeId),
    liveFigures: () => liveFigures(live.state(), io.engine?.clientsCount ?? 0),
    trustProxy: config.trustProxy,
    log: config.log,
    ops: opsRoutes({
      seq: () => live.seq(),
      ready: () => !stopping && log.lastSeq() === live.seq(),
      metrics,
      metricsAccess: config.metricsAccess,
      trustProxy: config.trustProxy,
      publicUrl: config.publicUrl,
    }),
    featureRoutes: { '/api/export': pollExportRoutes({ live, polls: pollIndex }) },
  });
  const listener = getRequestListener(app.fetch);
  const httpServer = config.tls ? createHttpsServer(config.tls, listener) : createHttpServer(listener);
  const isAllowedOrigin = allowedOrigins({ publicUrl: config.publicUrl, extraOrigins: config.extraOrigins, port: () => portOf(httpServer) });
  attachSocketServer(io, httpServer, {
    dispatch,
    live,
    access,
    clock,
    deviceIds,
    isAllowedOrigin,
    syncPerSocket: limits.syncPerSocket,
    receipts: () => receipts,
    trustProxy: config.trustProxy,
    onSync: (kind) => metrics.syncServed(kind),
    refuseNew: () => stopping,
    ...(config.protocol ? { protocol: config.protocol } : {}),
  });
  const lifecycle = serverLifecycle({
    httpServer, io, receipts, metrics, observed, pipeline,
    coalescers: [votes, pollResults],
    closeAlso: () => (revocations?.stop(), importWorker.close()),
    onStopping: () => (stopping = true),
  });

  return {
    httpServer,
    io,
    pipeline,
    dispatch,
    live,
    imports,
    votes,
    pollResults,
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
