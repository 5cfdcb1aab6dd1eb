import type { Change, ChangeDraft } from '../../shared/changes.js';
import type { SystemDrafts } from './commitPipeline.js';
import { createCoalescingTimer } from './coalescingTimer.js';

/** One kind of derived figure (a question's vote count, a poll's results) kept up to date by a coalescer. */
export interface CoalescedFigure {
  /** The id whose figure a committed change makes out of date, or null. */
  touchedBy(change: Change): string | null;
  /** Every id with a figure: recounted at start, since a crash may fall between an answer and its count. */
  everyId(): Iterable<string>;
  /** The changes that bring these ids' figures up to date, decided on the state when the commit's turn comes. */
  drafts(ids: readonly string[]): ChangeDraft[];
}

export interface Coalescer {
  /** Told of every durable change (own and other processes'). */
  committed(changes: readonly Change[]): void;
  /** Commits pending figures now (tests, shutdown). */
  flush(): Promise<void>;
  /** At start: every figure recomputed from the stored answers. */
  recount(): Promise<void>;
  stop(): void;
}

/**
 * Answers are durable one by one (internal changes), but their figures go out at most once per
 * interval: 500 people voting at once make one message per phone, not 500. Each figure is
 * decided when the pipeline gets to it, so one another process committed meanwhile is not repeated.
 */
export function createCoalescer(deps: {
  intervalMs: number;
  what: string;
  figures: readonly CoalescedFigure[];
  commit: (drafts: SystemDrafts) => Promise<unknown>;
}): Coalescer {
  const dirty = deps.figures.map(() => new Set<string>());
  const timer = createCoalescingTimer(deps.intervalMs, flush, deps.what);
  const pending = () => dirty.some((ids) => ids.size > 0);

  async function flush(): Promise<void> {
    timer.disarm();
    const taken = dirty.map((ids) => [...ids]);
    dirty.forEach((ids) => ids.clear());
    if (taken.every((ids) => ids.length === 0)) return;
    try {
      await deps.commit(() => deps.figures.flatMap((figure, i) => (taken[i]!.length > 0 ? figure.drafts(taken[i]!) : [])));
    } catch (error) {
      // The answers are stored; only their figures are not. Keep them pending and try again.
      taken.forEach((ids, i) => ids.forEach((id) => dirty[i]!.add(id)));
      throw error;
    }
  }

  return {
    committed(changes) {
      for (const change of changes) {
        deps.figures.forEach((figure, i) => {
          const id = figure.touchedBy(change);
          if (id !== null) dirty[i]!.add(id);
        });
      }
      if (pending()) timer.schedule();
    },
    flush,
    recount() {
      deps.figures.forEach((figure, i) => {
        for (const id of figure.everyId()) dirty[i]!.add(id);
      });
      return timer.flushSafely();
    },
    stop: timer.disarm,
  };
}
