import type { Change } from '../../shared/changes.js';
import type { ChangeLog } from './store.js';

/** Changes read from the log per round trip. */
export const replayBatch = 5000;

/** A turn of the event loop: SQLite's reads resolve at once, so a long replay would hold the loop without it. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every change in the log, in order, in batches handed to `take`, with a turn of the loop between two. */
export async function eachLogBatch(log: ChangeLog, take: (changes: readonly Change[]) => void): Promise<void> {
  for (let since = 0; ; ) {
    const batch = await log.changesAfter(since, replayBatch);
    take(batch);
    if (batch.length < replayBatch) return;
    since = batch[batch.length - 1]!.seq;
    await nextTurn();
  }
}

/** What memory lends a view being built from the log. */
export interface KeptWindow {
  seq(): number;
  /** Changes after a rebuild: a view begun before it must start over. */
  generation(): number;
  /** Memory's changes after `since`, or null when some of them have left memory already. */
  after(since: number): readonly Change[] | null;
}

/** A view being read: what it takes, and what to do once it is complete. */
export interface ViewReader {
  /** The audiences its rooms receive, so the log skips the rest; null: every audience. */
  audiences: readonly string[] | null;
  apply(change: Change): void;
  done(): void;
}

/**
 * Hands `apply` every change up to memory's seq: from the log until memory's window covers the
 * rest, then memory's own. The window's changes and `done` run in one synchronous step, so a change
 * committed while the log was read reaches the view exactly once: from the log, from the window,
 * or (after `done` put the view beside the others) through the live state's `apply`. Log changes
 * past memory's seq (another process's, not yet applied here) are left to that `apply` too.
 * Returns false, without `done`, when the live state was rebuilt meanwhile.
 */
export async function replayForView(log: ChangeLog, kept: KeptWindow, view: ViewReader): Promise<boolean> {
  const generation = kept.generation();
  for (let read = 0; ; ) {
    const rest = kept.after(read);
    if (rest) {
      rest.forEach(view.apply);
      view.done();
      return true;
    }
    const committed = log.lastSeq();
    const batch = await log.changesAfter(read, replayBatch, view.audiences ?? undefined);
    if (kept.generation() !== generation) return false;
    const head = kept.seq();
    for (const change of batch) {
      if (change.seq > head) break;
      view.apply(change);
      read = change.seq;
    }
    // A short batch had every change of these audiences committed when it was asked for: what
    // lies between is for other rooms, so memory's window need only reach back to there.
    if (batch.length < replayBatch) read = Math.max(read, Math.min(committed, head));
    await nextTurn();
    if (kept.generation() !== generation) return false;
  }
}
