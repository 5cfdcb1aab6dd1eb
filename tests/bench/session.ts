import { stormPhase, type StormMode, type StormResult } from './catchup.js';
import { connectModerator, startServer, type Generators, type Variant } from './cluster.js';
import { fanoutPhase, type FanoutResult } from './fanout.js';
import { questionsPhase, votesPhase, type QuestionsResult, type VotesResult } from './interaction.js';

/**
 * One variant's turn in a round: a fresh server, N devices connected and synced, then idle
 * memory, announcement fan-out, agenda fan-out, and for the app questions, votes and storms.
 */
/** `gcMemory` of the server under test (`benchServer.ts`). */
interface ServerMemory {
  rss: number;
  heap: number;
}

export interface SessionOptions {
  n: number;
  count: number;
  gapMs: number;
  client?: 'light' | 'sio';
  questions?: { askers: number; perDevice: number };
  votes?: { voters: number };
  /** Catch-up storms, in this order (on the app only). */
  storms?: { changes: number; order: StormMode[] };
  /** Only the announcement fan-out (the client check). */
  announceOnly?: boolean;
}

export interface SessionResult {
  variant: Variant;
  n: number;
  connectMs: number;
  connectFailed: number;
  /** RSS per connected device, against the idle baseline taken the same way (after forced GCs). */
  kbPerConn: number;
  /** The JavaScript side's share of it (heap used + external). */
  heapKbPerConn: number;
  announce: FanoutResult;
  move: FanoutResult | null;
  questions?: QuestionsResult;
  votes?: VotesResult;
  storms?: Partial<Record<StormMode, StormResult>>;
}

export async function runSession(gens: Generators, variant: Variant, options: SessionOptions): Promise<SessionResult> {
  const server = await startServer(variant);
  try {
    const moderator = await connectModerator(server);
    await gens.all('gc', () => undefined);
    const before = await server.rpc.call<ServerMemory>('gcMemory');
    const connected = await gens.connect(server.url, options.n, options.client);
    const after = await server.rpc.call<ServerMemory>('gcMemory');
    const perConn = (bytes: number) => bytes / 1024 / Math.max(1, options.n - connected.failed);
    await gens.all('gc', () => undefined);
    const phase = { count: options.count, gapMs: options.gapMs };
    const announce = await fanoutPhase(gens, server, moderator, { kind: 'announcement', ...phase });
    const move = options.announceOnly ? null : await fanoutPhase(gens, server, moderator, { kind: 'move', ...phase });
    const isApp = variant === 'app' || variant === 'app-self';
    const q = isApp && options.questions;
    const questions = q ? await questionsPhase(gens, moderator, Math.min(q.askers, options.n), q.perDevice) : undefined;
    const votes = isApp && options.votes ? await votesPhase(gens, moderator, options.votes.voters) : undefined;
    const storms: Partial<Record<StormMode, StormResult>> = {};
    for (const [i, mode] of (isApp ? (options.storms?.order ?? []) : []).entries()) {
      const changes = options.storms!.changes;
      storms[mode] = await stormPhase(gens, server, moderator, { mode, changes, first: options.count + i * changes });
    }
    await gens.disconnect();
    await moderator.close();
    return {
      variant,
      n: options.n,
      connectMs: connected.ms,
      connectFailed: connected.failed,
      kbPerConn: perConn(after.rss - before.rss),
      heapKbPerConn: perConn(after.heap - before.heap),
      announce,
      move,
      ...(questions ? { questions } : {}),
      ...(votes ? { votes } : {}),
      ...(Object.keys(storms).length ? { storms } : {}),
    };
  } finally {
    await gens.disconnect().catch(() => {});
    await server.stop();
  }
}
