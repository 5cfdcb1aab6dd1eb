import { erasureDue } from '../../shared/privacy.js';
import type { Change } from '../../shared/changes.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { newErasureRun } from '../kernel/personalData.js';
import type { LogBatch } from '../kernel/store.js';
import { eraseHeld, sweepHeld, type ErasureReason } from './heldErasure.js';
import { createPendingErasure } from './pendingErasure.js';
import { personalDataErased, privacyHandlers } from './privacyHandlers.js';

const dayMs = 24 * 60 * 60 * 1000;
const erased = (change: Change) => change.type === 'personal-data:erased';

/**
 * Erasure on time: once the organizer's period after the event has passed, every feature's
 * personal data is rewritten out of the stored log in one batch (`personalData` of each feature),
 * then the old copies are scrubbed. It runs at every start and once a day, per event; "Jetzt
 * löschen" runs it at once. And "Meine Daten", a device's own erasure. What features keep beside
 * the log for a short time (mailbox items) is swept every few minutes, and erased with the rest.
 */
export function privacyFeature(event: EventContext, options: { intervalMs?: number; sweepMs?: number } = {}) {
  const pending = createPendingErasure(event.personalData);
  /** Rows rewritten per kind of data by this process's erasure batch, for its log line. */
  let tally: Map<string, number> | null = null;
  let reason: ErasureReason = 'organizer';

  function eraseInBatch(batch: LogBatch): void {
    const run = newErasureRun();
    const counts = new Map<string, number>();
    tally = counts;
    for (const data of event.personalData()) {
      counts.set(data.what, 0);
      batch.rewrite(data.types, (change) => {
        const rewritten = data.erase(change, run);
        if (rewritten !== null) counts.set(data.what, (counts.get(data.what) ?? 0) + 1);
        return rewritten;
      });
    }
  }

  async function finish(counts: Map<string, number>, why: ErasureReason): Promise<void> {
    await eraseHeld(event, why, true).catch((error: unknown) => console.error('could not erase mailbox items with the personal data', error));
    await event.log.scrub(true).catch((error: unknown) => console.error('could not scrub the log after erasing personal data', error));
    const limits = await event.store.forgetRateLimits?.().catch(() => undefined);
    const rows = Object.fromEntries(counts);
    event.logger.info({ kind: 'erasure', reason: why, rows, ...(limits === undefined ? {} : { rateLimitRecords: limits }) }, 'personal data erased');
  }

  /** Erases when the period is over and something is left to erase; whether it did. */
  async function runIfDue(why: 'start' | 'timer'): Promise<boolean> {
    if (!erasureDue(event.live.state().event, event.clock.now()) || !pending.any()) return false;
    reason = why;
    await event.commit(() => (pending.any() ? [personalDataErased] : []));
    return true;
  }

  let timer: NodeJS.Timeout | undefined;
  let stopSweep = () => {};
  return {
    handlers: privacyHandlers(event.personalData),
    own: { runIfDue, pending, eraseExpired: () => eraseHeld(event, 'expired') },
    projections: [pending],
    inBatch(batch, changes) {
      if (changes.some(erased)) eraseInBatch(batch);
    },
    committed(changes) {
      if (changes.some((change) => change.type === 'feedback:comment-erased')) void event.log.scrub().catch(() => {});
      const counts = tally;
      if (!counts || !changes.some(erased)) return;
      tally = null;
      const why = reason;
      reason = 'organizer';
      void finish(counts, why);
    },
    async start() {
      const attempt = (why: 'start' | 'timer') => runIfDue(why).catch((error: unknown) => console.error('erasing personal data failed; tried again tomorrow', error));
      // A store that refuses writes now must not keep the event from starting: the timer tries again.
      await attempt('start');
      timer = setInterval(() => void attempt('timer'), options.intervalMs ?? dayMs);
      timer.unref();
      stopSweep = sweepHeld(event, options.sweepMs);
    },
    stop: () => {
      clearInterval(timer);
      stopSweep();
    },
  } satisfies SomeEventFeature;
}
