import type { EventContext } from '../kernel/feature.js';

/** Why the event's personal data is erased: the organizer's "Jetzt löschen", or its period ended (seen at start or by the daily timer). */
export type ErasureReason = 'organizer' | 'start' | 'timer';

/** How often personal data kept beside the log is looked at: an item outlives its time by this at most (reads never give it). */
export const heldSweepMs = 5 * 60 * 1000;

/**
 * Erases the personal data features keep beside the log (mailbox items): what is older than each
 * one's time, or, with `all`, everything (the event's erasure, under that erasure's reason: the
 * organizer's, or the period's end at start or by the timer). Logs counts only, when there were any.
 */
export async function eraseHeld(event: EventContext, reason: 'expired' | ErasureReason, all = false): Promise<void> {
  const rows: Record<string, number> = {};
  for (const held of event.heldPersonalData()) {
    rows[held.what] = await held.eraseBefore(all ? Infinity : event.clock.now() - held.keepMs);
  }
  if (Object.values(rows).some((count) => count > 0)) event.logger.info({ kind: 'erasure', reason, rows }, 'personal data erased');
}

/** Sweeps now and every `sweepMs`; a failure is logged and tried again at the next sweep. Returns the stop. */
export function sweepHeld(event: EventContext, sweepMs = heldSweepMs): () => void {
  const sweep = () => eraseHeld(event, 'expired').catch((error: unknown) => console.error('erasing expired mailbox items failed; tried again soon', error));
  void sweep();
  const timer = setInterval(() => void sweep(), sweepMs);
  timer.unref();
  return () => clearInterval(timer);
}
