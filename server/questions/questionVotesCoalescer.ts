import type { Change, ChangeDraft } from '../../shared/changes.js';
import type { LiveState } from '../kernel/liveState.js';
import type { VoteIndex } from './voteIndex.js';
import { createCoalescingTimer } from '../kernel/coalescingTimer.js';
import type { SystemDrafts } from '../kernel/commitPipeline.js';

export interface VotesCoalescer {
  onCommitted(changes: readonly Change[]): void;
  /** Commits pending counts now (tests, shutdown). */
  flush(): Promise<void>;
  /**
   * At start: every published question's count is set from the stored votes. A crash in the
   * interval between a vote's commit and its count's commit would otherwise leave a wrong count
   * for good, since a later count only covers the questions voted on since.
   */
  recount(): Promise<void>;
  stop(): void;
}

/**
 * Votes are durable one by one (internal changes), but attendees get the counts at most once per
 * interval per batch: 500 people voting at once makes one message per phone, not 500.
 */
export function createVotesCoalescer(deps: {
  intervalMs: number;
  votes: VoteIndex;
  live: LiveState;
  commit: (drafts: SystemDrafts) => Promise<unknown>;
}): VotesCoalescer {
  const dirty = new Set<string>();
  const timer = createCoalescingTimer(deps.intervalMs, flush, 'vote counts');
  const schedule = () => dirty.size > 0 && timer.schedule();

  /** Decided when the pipeline gets to it, on the state then: a count another process committed meanwhile is not repeated. */
  function countDrafts(ids: readonly string[]): ChangeDraft[] {
    const questions = deps.live.state().questions;
    const counts: Record<string, number> = {};
    for (const id of ids) {
      const q = Object.hasOwn(questions, id) ? questions[id] : undefined;
      const n = deps.votes.count(id);
      if (q && q.status === 'published' && q.votes !== n) counts[id] = n;
    }
    return Object.keys(counts).length === 0 ? [] : [{ type: 'question:votes-counted', audience: 'public', data: { votes: counts } }];
  }

  async function flush(): Promise<void> {
    timer.disarm();
    const ids = [...dirty];
    dirty.clear();
    if (ids.length === 0) return;
    try {
      await deps.commit(() => countDrafts(ids));
    } catch (error) {
      // The votes are stored; only their count is not. Keep them pending and try again.
      ids.forEach((id) => dirty.add(id));
      throw error;
    }
  }

  return {
    onCommitted(changes) {
      for (const change of changes) {
        if (change.type === 'question:vote-cast') dirty.add(change.data.questionId);
        if (change.type === 'question:merged') dirty.add(change.data.into.id);
      }
      schedule();
    },
    flush,
    recount() {
      for (const question of Object.values(deps.live.state().questions)) {
        if (!question.mergedInto) dirty.add(question.id);
      }
      return timer.flushSafely();
    },
    stop: timer.disarm,
  };
}
