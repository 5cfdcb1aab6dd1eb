import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Change } from '../shared/changes.js';
import { createAccessService, type AccessService } from './access/accessService.js';
import type { Clock } from './clock.js';
import { createDispatcher, type Dispatch } from './commands/dispatcher.js';
import { createLiveState, type LiveState } from './state/liveState.js';
import { createVotesCoalescer, type VotesCoalescer } from './questions/questionVotesCoalescer.js';
import { createVoteIndex } from './questions/voteIndex.js';
import { createPollIndex } from './polls/pollIndex.js';
import { createPollResultsCoalescer, type PollResultsCoalescer } from './polls/pollResultsCoalescer.js';
import { pollExportRoutes } from './polls/pollExportRoutes.js';
import type { Store } from './store/store.js';
import { createHttpApp } from './transport/httpApp.js';
import { attachSocketServer, endSocketsOfCode, publishChanges, type OrtsterminIo } from './transport/socketServer.js';
import { createAnnouncementReceipts } from './announcements/announcementReceipts.js';
import { createRateLimits, defaultRateLimits, type RateLimitConfig } from './commands/rateLimits.js';
import { liveFigures } from './state/liveFigures.js';
import { socketEvents } from '../shared/events.js';

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
  rateLimits: RateLimitConfig;
}

export const defaultServerConfig: ServerConfig = {
  clientDir: null,
  retention: 5000,
  extraOrigins: [],
  publicUrl: null,
  voteFlushMs: 250,
  rateLimits: defaultRateLimits,
};

export interface OrtsterminServer {
  httpServer: HttpServer;
  io: OrtsterminIo;
  dispatch: Dispatch;
  live: LiveState;
  votes: VotesCoalescer;
  pollResults: PollResultsCoalescer;
  access: AccessService;
  fetch: (request: Request) => Response | Promise<Response>;
  listen(port: number, host?: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

export function createServer(deps: { store: Store; clock: Clock; config?: Partial<ServerConfig> }): OrtsterminServer {
  const config = { ...defaultServerConfig, ...deps.config };
  const { store, clock } = deps;
  const voteIndex = createVoteIndex();
  const pollIndex = createPollIndex();
  const live = createLiveState(store, { retention: config.retention, projections: [voteIndex, pollIndex] });
  const access = createAccessService(store, clock);
  let io: OrtsterminIo | null = null;
  const publish = (changes: readonly Change[]) => io && publishChanges(io, changes);
  let coalescer: VotesCoalescer | null = null;
  let pollCoalescer: PollResultsCoalescer | null = null;
  const onCommitted = (changes: readonly Change[]) => {
    coalescer?.onCommitted(changes);
    pollCoalescer?.onCommitted(changes);
  };
  const rateCheck = createRateLimits(config.rateLimits);
  const { dispatch, commitSystemChanges } = createDispatcher({ store, live, votes: voteIndex, polls: pollIndex, clock, publish, onCommitted, rateCheck });
  coalescer = createVotesCoalescer({ intervalMs: config.voteFlushMs, votes: voteIndex, live, commit: commitSystemChanges });
  const votes = coalescer;
  const pollResults = createPollResultsCoalescer({ intervalMs: config.voteFlushMs, polls: pollIndex, live, commit: commitSystemChanges });
  pollCoalescer = pollResults;
  const receipts = createAnnouncementReceipts({
    intervalMs: 1000,
    isAnnouncement: (id) => live.state().announcements.some((a) => a.id === id),
    publish: (counts) => io?.to('staff').emit(socketEvents.receipts, counts),
  });
  const app = createHttpApp({
    dispatch,
    live,
    access,
    clock,
    clientDir: config.clientDir,
    publicUrl: config.publicUrl,
    onCodeRevoked: (codeId) => io && endSocketsOfCode(io, codeId),
    liveFigures: () => liveFigures(live.state(), io?.engine.clientsCount ?? 0),
    featureRoutes: { '/api/export': pollExportRoutes({ live, polls: pollIndex }) },
  });
  const httpServer = createHttpServer(getRequestListener(app.fetch));
  io = attachSocketServer(httpServer, { dispatch, live, access, clock, receipts: () => receipts, extraOrigins: config.extraOrigins });
  const ioServer = io;

  return {
    httpServer,
    io: ioServer,
    dispatch,
    live,
    votes,
    pollResults,
    access,
    fetch: (request) => app.fetch(request),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const bound = typeof address === 'object' && address ? address.port : port;
          resolve({ port: bound, url: `http://${host && host !== '0.0.0.0' ? host : 'localhost'}:${bound}` });
        });
      }),
    close: () =>
      new Promise((resolve) => {
        votes.flush();
        votes.stop();
        pollResults.flush();
        pollResults.stop();
        receipts.stop();
        // io.close() also closes the http server; open sockets are ended first.
        void ioServer.close(() => resolve());
      }),
  };
}
