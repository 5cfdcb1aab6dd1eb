import type { Change } from '../../shared/changes.js';
import { emptyState, schemaVersion, type PublicState, type Snapshot } from '../../shared/publicState.js';
import { applyChangeInBatch } from '../../shared/reducer.js';
import { batchWrites, type RecordWrites } from '../../shared/records.js';
import type { ChangeLog } from './store.js';
import { isVisibleIn, viewKey } from './audience.js';
import { createRedactedWindow } from './redactedWindow.js';

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
  snapshotFor(rooms: readonly string[]): Snapshot;
  /** Changes after `since` visible in `rooms`, or null when `since` is outside the kept window. */
  changesAfter(since: number, rooms: readonly string[]): Change[] | null;
  /**
   * Forgets everything and replays the log: after a failed commit, whose changes were applied
   * here already but are not in the log (the pipeline applies before the batch's write). The log
   * is read first; the swap happens at once, so readers never see a half-built state.
   */
  rebuild(): Promise<void>;
}

/** Server-side state kept beside the views (the vote index): told every change, emptied on rebuild. */
export interface Projection {
  project(change: Change): void;
  reset(): void;
}

interface View {
  rooms: ReadonlySet<string>;
  state: PublicState;
  snapshot: Snapshot | null;
}

const replayBatch = 5000;
const everything: ReadonlySet<string> = new Set(['*']);

async function readAll(log: ChangeLog): Promise<Change[]> {
  const all: Change[] = [];
  for (let since = 0; ; ) {
    const batch = await log.changesAfter(since, replayBatch);
    for (const change of batch) all.push(change);
    if (batch.length < replayBatch) return all;
    since = batch[batch.length - 1]!.seq;
  }
}

/** Index of the first change after `since` (binary search: seqs grow, but a skipped damaged row leaves a gap). */
function firstAfter(changes: readonly Change[], since: number): number {
  let [low, high] = [0, changes.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (changes[mid]!.seq <= since) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Every change stays in memory too (`history`): a view for a new set of rooms (a stand's hosts)
 * is built on first use, synchronously, in the middle of a sync reply, without the database.
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
  let history: Change[] = [];
  let seq = 0;
  let generation = 0;
  let recent: Change[] = [];
  let full: View = { rooms: everything, state: emptyState, snapshot: null };
  const views = new Map<string, View>();
  let projections: readonly Projection[] = [];
  const projectionsNow = () => (typeof options.projections === 'function' ? options.projections() : (options.projections ?? []));
  const redacted = createRedactedWindow();
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

  const visible = (view: View, change: Change) => view.rooms === everything || isVisibleIn(change.audience, view.rooms);
  function applyToView(view: View, change: Change, writes: RecordWrites): void {
    if (!visible(view, change)) return;
    view.state = applyChangeInBatch(view.state, change, writes);
    view.snapshot = null;
  }

  function applyOne(change: Change, writes: RecordWrites): void {
    applyToView(full, change, writes);
    for (const view of views.values()) applyToView(view, change, writes);
    projections.forEach((projection) => projection.project(change));
    redacted.note(change);
    seq = change.seq;
    recent.push(change);
    history.push(change);
  }

  function view(rooms: readonly string[]): View {
    const key = viewKey(rooms);
    let found = views.get(key);
    if (!found) {
      found = { rooms: new Set(rooms), state: emptyState, snapshot: null };
      const fresh = found;
      const writes = batchWrites();
      history.forEach((change) => applyToView(fresh, change, writes));
      views.set(key, found);
    }
    return found;
  }

  function load(changes: readonly Change[]): void {
    generation += 1;
    seq = 0;
    recent = [];
    history = [];
    full = { rooms: everything, state: emptyState, snapshot: null };
    views.clear();
    projections = projectionsNow();
    projections.forEach((projection) => projection.reset());
    redacted.reset();
    const writes = batchWrites();
    changes.forEach((change) => applyOne(change, writes));
    recent = recent.slice(-options.retention);
    view(['public']);
    view(['public', 'staff']);
  }
  load([]);

  return {
    seq: () => seq,
    generation: () => generation,
    state: () => full.state,
    batch,
    apply(changes) {
      // Outside a batch, this call's changes are one: nobody sees the states between them.
      const writes = open ?? batchWrites();
      changes.forEach((change) => applyOne(change, writes));
      // Trim in bulk rather than per change: shift() on a large array costs O(n) each time.
      if (recent.length > options.retention * 2) recent = recent.slice(-options.retention);
    },
    snapshotFor(rooms) {
      const v = view(rooms);
      v.snapshot ??= { seq, schemaVersion, state: v.state };
      return v.snapshot;
    },
    changesAfter(since, rooms) {
      if (since === seq) return [];
      const first = recent[0];
      if (since > seq || !first || since < first.seq - 1 || seq - since > options.retention) return null;
      const roomSet = new Set(rooms);
      if (since < redacted.snapshotBefore(roomSet)) return null;
      return recent.slice(firstAfter(recent, since)).filter((change) => isVisibleIn(change.audience, roomSet));
    },
    async rebuild() {
      load(await readAll(log));
    },
  };
}
