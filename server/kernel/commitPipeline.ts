import type { Change, ChangeDraft } from '../../shared/changes.js';
import { commandError, type CommandResult } from '../../shared/errors.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import type { LiveState } from './liveState.js';
import { StoreUnavailableError, type ChangeLog } from './store.js';
import { publishChanges } from './broadcast.js';
import type { EventFeatures } from './eventFeatures.js';
import type { EventRooms } from './sockets.js';
import { appendDrafts, decideCommand, type DecideContext, type PendingCommand } from './decideItem.js';

export interface CommitPipelineDeps {
  log: ChangeLog;
  live: LiveState;
  clock: Clock;
  /** What the event's features decide, do inside a batch and are told after a commit. */
  features: EventFeatures;
  /** The event's rooms: every committed change goes to those of its audience, in seq order. */
  rooms: EventRooms;
  /** At most this many items share one batch; more wait for the next. */
  maxBatch?: number;
  /** How long each batch took to decide and write (metrics). */
  onCommitTimed?: (seconds: number) => void;
  /** Where a store that refuses writes is reported: one structured line when writes start failing. */
  logger?: Logger;
}

/** The server's own changes (vote counts, imports), decided on the state when their turn comes. */
export type SystemDrafts = readonly ChangeDraft[] | (() => readonly ChangeDraft[]);

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
export class CommitPipeline {
  private readonly queue: Item[] = [];
  private readonly maxBatch: number;
  private running: Promise<void> | null = null;
  private catchUpWanted = false;
  private needsRebuild = false;
  /** The last batch that wrote failed: readiness turns false until a write works again. */
  private writeFailed = false;

  constructor(private readonly deps: CommitPipelineDeps) {
    this.maxBatch = deps.maxBatch ?? 200;
  }

  /** A client's command: decided, committed, published, then answered. Never an ack without a commit. */
  submit(command: PendingCommand): Promise<CommandResult> {
    return new Promise((resolve) => {
      this.queue.push({ kind: 'command', command, resolve });
      void this.kick();
    });
  }

  /** System changes through the same queue; rejects (nothing written) when the batch fails. */
  commitSystem(drafts: SystemDrafts): Promise<Change[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'system', drafts, resolve, reject });
      void this.kick();
    });
  }

  /** Reads, applies and publishes what other processes committed (after a notification or a reconnect). */
  catchUp(): Promise<void> {
    this.catchUpWanted = true;
    return this.kick();
  }

  /** Whether the last batch failed and no write has worked since. */
  writesFailing(): boolean {
    return this.writeFailed;
  }

  /** A write outside the queue (the readiness probe) worked: the store takes writes again. */
  writesWork(): void {
    this.writeFailed = false;
  }

  /** Resolves when everything queued so far is done. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private kick(): Promise<void> {
    this.running ??= new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.drain())
      .finally(() => {
        this.running = null;
        // Something queued between the last turn of `drain` and here still gets its batch.
        if (this.queue.length > 0 || this.catchUpWanted) void this.kick();
      });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 || this.catchUpWanted) {
      const items = this.queue.splice(0, this.maxBatch);
      this.catchUpWanted = false;
      if (this.needsRebuild && !(await this.rebuilt())) fail(items, new StoreUnavailableError('the live state awaits its rebuild'));
      else if (items.length === 0) await this.readForeign();
      else await this.runBatch(items);
    }
  }

  private async rebuilt(): Promise<boolean> {
    try {
      await this.deps.live.rebuild();
      this.needsRebuild = false;
      return true;
    } catch (error) {
      console.error('rebuilding the live state failed; trying again with the next batch', error);
      return false;
    }
  }

  /** Durable changes to the event's phones, then to the features that follow them (counts, scrubbing). */
  private deliver(changes: readonly Change[]): void {
    if (changes.length === 0) return;
    try {
      publishChanges(this.deps.rooms, changes);
      this.deps.features.committed(changes);
    } catch (error) {
      // Durable already: devices that missed the broadcast catch up.
      console.error('publishing failed', error);
    }
  }

  private async readForeign(): Promise<void> {
    try {
      for (;;) {
        const changes = await this.deps.log.changesAfter(this.deps.live.seq(), 1000);
        if (changes.length === 0) return;
        this.deps.live.apply(changes);
        this.deliver(changes);
      }
    } catch (error) {
      console.error('reading the log failed; the next notification or batch catches up', error);
    }
  }

  private async runBatch(items: readonly Item[]): Promise<void> {
    const { deps } = this;
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
        const ctx: DecideContext = { live: deps.live, features: deps.features, batch, processed, now, committed };
        decided = true;
        deps.live.batch(() => {
          deps.live.apply(missed);
          for (const item of items) answers.push(decideItem(item, ctx));
        });
      }, ids);
    } catch (error) {
      this.reportFailure(error, items.length);
      this.writeFailed = true;
      this.needsRebuild = decided;
      if (this.needsRebuild) await this.rebuilt();
      return fail(items, error);
    }
    deps.onCommitTimed?.((performance.now() - started) / 1000);
    // A batch that wrote nothing (every command refused) says nothing about the disk.
    if (committed.length > 0) this.writeFailed = false;
    this.deliver([...missed, ...committed]);
    answers.forEach((answer) => answer());
  }

  /**
   * A store that refuses writes (full disk, PostgreSQL down) is the operator's to fix, not a bug:
   * one structured line when it starts, no stack, and none for every batch while it lasts.
   */
  private reportFailure(error: unknown, items: number): void {
    if (!(error instanceof StoreUnavailableError)) return console.error('commit failed', error);
    if (this.writeFailed) return;
    this.deps.logger?.error({ kind: 'commit', reason: error.reason, items }, 'commit not saved: the store refuses writes; commands are answered unavailable until a write works');
  }
}

function fail(items: readonly Item[], error: unknown): void {
  const code = error instanceof StoreUnavailableError ? 'unavailable' : 'internal';
  for (const item of items) {
    if (item.kind === 'command') item.resolve(commandError(code));
    else item.reject(error);
  }
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
