import { StoreUnavailableError } from './store.js';

/**
 * The timer behind every coalescer (vote counts, poll results): at most one flush per interval,
 * and a flush that throws (a failed commit) is logged and tried again later. A timer's throw would
 * otherwise be unhandled and end the process, taking every phone's connection with it.
 */
export interface CoalescingTimer {
  /** Arms the timer unless it is armed already. */
  schedule(): void;
  /** Disarms it; the caller flushes now. */
  disarm(): void;
  /** Flushes now; a failure is logged and the timer re-armed. */
  flushSafely(): Promise<void>;
}

export function createCoalescingTimer(intervalMs: number, flush: () => Promise<void>, what: string): CoalescingTimer {
  let timer: NodeJS.Timeout | null = null;
  const disarm = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const flushSafely = () =>
    flush().catch((error: unknown) => {
      // A store that refuses writes is said in one line; anything else is a bug and keeps its stack.
      if (error instanceof StoreUnavailableError) console.error(`committing ${what} failed (${error.reason}); retrying`);
      else console.error(`committing ${what} failed; retrying`, error);
      schedule();
    });
  function schedule(): void {
    if (!timer) timer = setTimeout(() => void flushSafely(), intervalMs);
  }
  return { schedule, disarm, flushSafely };
}
