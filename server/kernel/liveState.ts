import type { Change } from '../../shared/changes.js';
import { schemaVersion, type PublicState, type Snapshot } from '../../shared/publicState.js';
import { batchWrites, type RecordWrites } from '../../shared/records.js';
import type { ChangeLog } from './store.js';
import { audiencesFor, isVisibleIn, viewKey } from './audience.js';
import { eachLogBatch, replayForView, type KeptWindow } from './logReplay.js';
import { alwaysReady, applyToMemory, applyToView, emptyMemory, emptyView, firstAfter, type Memory, type View } from './liveMemory.js';

/**
 * The event in memory, kept by the same reducer the phones use: one view per set of rooms
 * (attendees, staff, each stand's hosts), each the reduction of exactly the changes that
 * audience receives. So a phone that applies what it was sent ends equal to its snapshot.
 * Recent changes stay in memory, so a reconnecting phone never touches the database.
 */
export interface LiveState {
  seq(): number;
  /** Counts rebuilds: after one, a seq may stand for other changes, so caches keyed by seq check it too. */
  generation(): number;
  /** Everything, as staff see it: what command handlers decide on. */
  state(): PublicState;
  apply(changes: readonly Change[]): void;
  /**
   * Runs `work` (synchronous, e.g. applying one commit batch) as one batch: every `apply` inside
   * writes in place the records the batch copied already. Nobody may keep a state from inside it.
   */
  batch<T>(work: () => T): T;
  /**
   * Makes the view for these rooms (a stand's hosts) ready: built from the log on first use, then
   * kept up to date with every change. `snapshotFor` answers at once for rooms made ready.
   */
  readyFor(rooms: readonly string[]): Promise<void>;
  /** Throws for rooms whose view was never made ready (`readyFor`); public and staff always are. */
  snapshotFor(rooms: readonly string[]): Snapshot;
  /** Changes after `since` visible in `rooms`, or null when `since` is outside the kept window. */
  changesAfter(since: number, rooms: readonly string[]): Change[] | null;
  /**
   * Forgets everything and replays the log: after a failed commit, whose changes were applied
   * here already but are not in the log (the pipeline applies before the batch's write). The log
   * is read in batches beside the old state, which stays until the swap, so readers never see a
   * half-built state. The projections (features' indexes) are emptied first and fill as it is
   * read: the pipeline, which decides on them, waits; a reader outside it (a timer's check) may
   * see them part-filled until the rebuild ends. Every view made ready before stays ready.
   * Nothing may `apply` meanwhile (the pipeline waits).
   */
  rebuild(): Promise<void>;
  /** How many changes memory holds: at most twice the retention, whatever the log's length. */
  kept(): number;
}

/** Server-side state kept beside the views (the vote index): told every change, emptied on rebuild. */
export interface Projection {
  project(change: Change): void;
  reset(): void;
}

/**
 * Only the window stays in memory, not the log: a view for a new set of rooms (a stand's hosts)
 * is read from the log when first asked for (`readyFor`), and kept from then on.
 */
export interface LiveStateOptions {
  retention: number;
  /** The features' indexes; a function when they are made after the live state (an event's runtime). */
  projections?: readonly Projection[] | (() => readonly Projection[]);
}

/** A live state read from the log. */
export async function createLiveState(log: ChangeLog, options: LiveStateOptions): Promise<LiveState> {
  const live = openLiveState(log, options);
  await live.rebuild();
  return live;
}

/** A live state that is empty until its first `rebuild()` reads the log. */
export function openLiveState(log: ChangeLog, options: LiveStateOptions): LiveState {
  let memory = emptyMemory(alwaysReady);
  let generation = 0;
  /** Bumped when a rebuild begins and when it swaps: a view read from the log across either starts over. */
  let epoch = 0;
  let rebuilding: Promise<void> | null = null;
  const building = new Map<string, Promise<void>>();
  const projectionsNow = () => (typeof options.projections === 'function' ? options.projections() : (options.projections ?? []));
  let projections = projectionsNow();
  /** The open batch's writes, or null outside `batch`. */
  let open: RecordWrites | null = null;

  function batch<T>(work: () => T): T {
    if (open) return work();
    open = batchWrites();
    try {
      return work();
    } finally {
      open = null;
    }
  }

  /** Trim in bulk rather than per change: shift() on a large array costs O(n) each time. */
  function trim(kept: Memory): void {
    if (kept.recent.length > options.retention * 2) kept.recent = kept.recent.slice(-options.retention);
  }

  const window: KeptWindow = {
    seq: () => memory.seq,
    generation: () => epoch,
    after(since) {
      const first = memory.recent[0];
      if (!first) return since >= memory.seq ? [] : null;
      return since < first.seq - 1 ? null : memory.recent.slice(firstAfter(memory.recent, since));
    },
  };

  async function build(key: string, rooms: readonly string[]): Promise<void> {
    for (;;) {
      while (rebuilding) await rebuilding;
      const fresh = emptyView(rooms);
      const writes = batchWrites();
      const reader = { audiences: audiencesFor(rooms), apply: (change: Change) => applyToView(fresh, change, writes), done: () => void memory.views.set(key, fresh) };
      if (await replayForView(log, window, reader)) return;
    }
  }

  function view(rooms: readonly string[]): View {
    const found = memory.views.get(viewKey(rooms));
    if (!found) throw new Error(`no view for ${viewKey(rooms)} yet: readyFor() first`);
    return found;
  }

  async function rebuild(): Promise<void> {
    epoch += 1;
    rebuilding = readLog().finally(() => (rebuilding = null));
    await rebuilding;
  }

  async function readLog(): Promise<void> {
    const next = emptyMemory([...alwaysReady, ...[...memory.views.values()].map((known) => [...known.rooms])]);
    const writes = batchWrites();
    projections = projectionsNow();
    projections.forEach((projection) => projection.reset());
    await eachLogBatch(log, (changes) => {
      for (const change of changes) {
        applyToMemory(next, change, writes);
        projections.forEach((projection) => projection.project(change));
      }
      trim(next);
    });
    next.recent = next.recent.slice(-options.retention);
    memory = next;
    generation += 1;
    epoch += 1;
  }

  return {
    seq: () => memory.seq,
    generation: () => generation,
    state: () => memory.full.state,
    batch,
    apply(changes) {
      // Outside a batch, this call's changes are one: nobody sees the states between them.
      const writes = open ?? batchWrites();
      for (const change of changes) {
        applyToMemory(memory, change, writes);
        projections.forEach((projection) => projection.project(change));
      }
      trim(memory);
    },
    readyFor(rooms) {
      const key = viewKey(rooms);
      if (memory.views.has(key)) return Promise.resolve();
      let pending = building.get(key);
      if (!pending) {
        pending = build(key, rooms).finally(() => building.delete(key));
        building.set(key, pending);
      }
      return pending;
    },
    snapshotFor(rooms) {
      const found = view(rooms);
      found.snapshot ??= { seq: memory.seq, schemaVersion, state: found.state };
      return found.snapshot;
    },
    changesAfter(since, rooms) {
      const { seq, recent, redacted } = memory;
      if (since === seq) return [];
      const first = recent[0];
      if (since > seq || !first || since < first.seq - 1 || seq - since > options.retention) return null;
      const roomSet = new Set(rooms);
      if (since < redacted.snapshotBefore(roomSet)) return null;
      return recent.slice(firstAfter(recent, since)).filter((change) => isVisibleIn(change.audience, roomSet));
    },
    rebuild,
    kept: () => memory.recent.length,
  };
}
