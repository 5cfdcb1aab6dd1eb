import type { Change } from '../../shared/changes.js';
import { emptyState, schemaVersion, type PublicState, type Snapshot } from '../../shared/model.js';
import { applyChange } from '../../shared/reducer.js';
import type { Store } from '../store/store.js';

/**
 * The event's current state in memory, kept by the same reducer the phones use, and the recent
 * changes, so a reconnecting phone is served from memory without touching the database.
 */
export interface LiveState {
  seq(): number;
  state(): PublicState;
  apply(changes: readonly Change[]): void;
  snapshot(): Snapshot;
  /** Changes after `since` in order, or null when `since` is outside the kept window. */
  changesAfter(since: number): Change[] | null;
}

const replayBatch = 5000;

function replay(store: Store, onChange: (change: Change) => void): void {
  for (let since = 0; ; ) {
    const batch = store.changesAfter(since, replayBatch);
    batch.forEach(onChange);
    if (batch.length < replayBatch) return;
    since = batch[batch.length - 1]!.seq;
  }
}

export function createLiveState(store: Store, options: { retention: number }): LiveState {
  let state: PublicState = emptyState;
  let seq = 0;
  let recent: Change[] = [];
  let cachedSnapshot: Snapshot | null = null;

  function applyOne(change: Change): void {
    state = applyChange(state, change);
    seq = change.seq;
    recent.push(change);
  }

  function trim(): void {
    // Trim in bulk rather than per change: shift() on a large array is O(n) each time.
    if (recent.length > options.retention * 2) recent = recent.slice(-options.retention);
  }

  replay(store, applyOne);
  trim();

  return {
    seq: () => seq,
    state: () => state,
    apply(changes) {
      changes.forEach(applyOne);
      trim();
      cachedSnapshot = null;
    },
    snapshot() {
      cachedSnapshot ??= { seq, schemaVersion, state };
      return cachedSnapshot;
    },
    changesAfter(since) {
      if (since === seq) return [];
      const first = recent[0];
      if (since > seq || !first || since < first.seq - 1 || seq - since > options.retention) return null;
      return recent.slice(since - first.seq + 1);
    },
  };
}
