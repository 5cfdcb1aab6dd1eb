import type { Change, ChangeDraft } from '../../shared/changes.js';
import { commandError, type CommandResult } from '../../shared/errors.js';
import type { Clock } from '../clock.js';
import type { LiveState } from './liveState.js';
import { StoreUnavailableError, type ChangeLog } from './store.js';
import type { VoteIndex } from '../questions/voteIndex.js';
import type { PollIndex } from '../polls/pollIndex.js';
import { appendDrafts, decideCommand, type DecideContext, type PendingCommand } from './decideItem.js';

/** Sends committed changes to this process's sockets, in seq order. Made before the pipeline. */
export interface Publisher {
  publish(changes: readonly Change[]): void;
}

export interface CommitPipelineDeps {
  log: ChangeLog;
  live: LiveState;
  votes: VoteIndex;
  polls: PollIndex;
  clock: Clock;
  publisher: Publisher;
  /** Told of every change once it is durable, also of other processes' (the coalescers). */
  onCommitted?: (changes: readonly Change[]) => void;
  /** At most this many items share one batch; more wait for the next. */
  maxBatch?: number;
  /** How long each batch took to decide and write (metrics). */
  onCommitTimed?: (seconds: number) => void;
  /** An import is open in the log (its journal): programme commands are refused meanwhile. */
  importOpen?: () => boolean;
}

/** The server's own changes (vote counts, imports), decided on the state when their turn comes. */
export type SystemDrafts = readonly ChangeDraft[] | (() => readonly ChangeDraft[]);

export interface CommitPipeline {
  /** A client's command: decided, committed, published, then answered. Never an ack without a commit. */
  submit(command: PendingCommand): Promise<CommandResult>;
  /** System changes through the same queue; rejects (nothing written) when the batch fails. */
  commitSystem(drafts: SystemDrafts): Promise<Change[]>;
  /** Reads, applies and publishes what other processes committed (after a notification or a reconnect). */
  catchUp(): Promise<void>;
  /** Resolves when everything queued so far is done. */
  idle(): Promise<void>;
}

type Item =
  | { kind: 'command'; command: PendingCommand; resolve: (result: CommandResult) => void }
  | { kind: 'system'; drafts: SystemDrafts; resolve: (changes: Change[]) => void; reject: (error: unknown) => void };

/**
 * The one way anything is committed: queue → batch (lock, read what others appended) → decide each
 * item on the state its predecessors left → write the batch at once (one sync, one round trip) →
 * publish → answer. Batches run one at a time; what arrives meanwhile forms the next batch. If a
 * batch fails after deciding, the live state (which took its changes for the next decision) is
 * rebuilt from the log before anything else runs.
 */
export function createCommitPipeline(deps: CommitPipelineDeps): CommitPipeline {
  const queue: Item[] = [];
  const maxBatch = deps.maxBatch ?? 200;
  let running: Promise<void> | null = null;
  let catchUpWanted = false;
  let needsRebuild = false;

  function kick(): Promise<void> {
    running ??= new Promise<void>((resolve) => setImmediate(resolve))
      .then(drain)
      .finally(() => {
        running = null;
        // Something queued between the last turn of `drain` and here still gets its batch.
        if (queue.length > 0 || catchUpWanted) void kick();
      });
    return running;
  }

  async function drain(): Promise<void> {
    while (queue.length > 0 || catchUpWanted) {
      const items = queue.splice(0, maxBatch);
      catchUpWanted = false;
      if (needsRebuild && !(await rebuilt())) fail(items, new StoreUnavailableError('the live state awaits its rebuild'));
      else if (items.length === 0) await readForeign();
      else await runBatch(items);
    }
  }

  async function rebuilt(): Promise<boolean> {
    try {
      await deps.live.rebuild();
      needsRebuild = false;
      return true;
    } catch (error) {
      console.error('rebuilding the live state failed; trying again with the next batch', error);
      return false;
    }
  }

  function deliver(changes: readonly Change[]): void {
    if (changes.length === 0) return;
    try {
      deps.publisher.publish(changes);
      deps.onCommitted?.(changes);
    } catch (error) {
      // Durable already: devices that missed the broadcast catch up.
      console.error('publishing failed', error);
    }
  }

  async function readForeign(): Promise<void> {
    try {
      for (;;) {
        const changes = await deps.log.changesAfter(deps.live.seq(), 1000);
        if (changes.length === 0) return;
        deps.live.apply(changes);
        deliver(changes);
      }
    } catch (error) {
      console.error('reading the log failed; the next notification or batch catches up', error);
    }
  }

  function fail(items: readonly Item[], error: unknown): void {
    const code = error instanceof StoreUnavailableError ? 'unavailable' : 'internal';
    for (const item of items) {
      if (item.kind === 'command') item.resolve(commandError(code));
      else item.reject(error);
    }
  }

  async function runBatch(items: readonly Item[]): Promise<void> {
    const started = performance.now();
    const answers: (() => void)[] = [];
    let missed: readonly Change[] = [];
    let decided = false;
    const committed: Change[] = [];
    try {
      const ids = items.flatMap((item) => (item.kind === 'command' ? [item.command.id] : []));
      await deps.log.batch(deps.live.seq(), async (batch) => {
        missed = batch.missed;
        const processed = ids.length > 0 ? await batch.processed(ids) : new Map();
        const now = new Date(deps.clock.now()).toISOString();
        const importOpen = deps.importOpen ?? (() => false);
        const ctx: DecideContext = { live: deps.live, votes: deps.votes, polls: deps.polls, batch, processed, now, committed, importOpen };
        decided = true;
        deps.live.batch(() => {
          deps.live.apply(missed);
          for (const item of items) answers.push(decideItem(item, ctx));
        });
      }, ids);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) console.error('commit failed', error);
      needsRebuild = decided;
      if (needsRebuild) await rebuilt();
      return fail(items, error);
    }
    deps.onCommitTimed?.((performance.now() - started) / 1000);
    if (committed.some((change) => change.type === 'question:deleted')) void deps.log.scrub().catch(scrubFailed);
    deliver([...missed, ...committed]);
    answers.forEach((answer) => answer());
  }

  function decideItem(item: Item, ctx: DecideContext): () => void {
    if (item.kind === 'command') {
      const result = decideCommand(item.command, ctx);
      return () => item.resolve(result);
    }
    try {
      const drafts = typeof item.drafts === 'function' ? item.drafts() : item.drafts;
      const changes = drafts.length > 0 ? appendDrafts(ctx, drafts) : [];
      return () => item.resolve(changes);
    } catch (error) {
      return () => item.reject(error);
    }
  }

  return {
    submit: (command) =>
      new Promise((resolve) => {
        queue.push({ kind: 'command', command, resolve });
        void kick();
      }),
    commitSystem: (drafts) =>
      new Promise((resolve, reject) => {
        queue.push({ kind: 'system', drafts, resolve, reject });
        void kick();
      }),
    catchUp() {
      catchUpWanted = true;
      return kick();
    },
    idle: async () => {
      while (running) await running;
    },
  };
}

/** After a deletion, old copies of the erased text leave the write-ahead log too; failing that is not the command's failure. */
function scrubFailed(error: unknown): void {
  console.error('could not checkpoint the write-ahead log after a deletion', error);
}
