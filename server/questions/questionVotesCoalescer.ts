import type { Change, ChangeDraft } from '../../shared/changes.js';
import type { LiveState } from '../state/liveState.js';
import type { VoteIndex } from './voteIndex.js';

export interface VotesCoalescer {
  onCommitted(changes: readonly Change[]): void;
  /** Commits pending counts now (tests, shutdown). */
  flush(): void;
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
  commit: (drafts: readonly ChangeDraft[]) => void;
}): VotesCoalescer {
  const dirty = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const questions = deps.live.state().questions;
    const counts: Record<string, number> = {};
    for (const id of dirty) {
      const q = questions[id];
      const n = deps.votes.count(id);
      if (q && q.status === 'published' && q.votes !== n) counts[id] = n;
    }
    dirty.clear();
    if (Object.keys(counts).length > 0) {
      deps.commit([{ type: 'question:votes-counted', audience: 'public', data: { votes: counts } }]);
    }
  }

  return {
    onCommitted(changes) {
      for (const change of changes) {
        if (change.type === 'question:vote-cast') dirty.add(change.data.questionId);
        if (change.type === 'question:merged') dirty.add(change.data.into.id);
      }
      if (dirty.size > 0 && !timer) timer = setTimeout(flush, deps.intervalMs);
    },
    flush,
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
