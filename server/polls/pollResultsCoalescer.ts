import type { Change, ChangeDraft } from '../../shared/changes.js';
import type { PollResults } from '../../shared/polls.js';
import { computeResults, sameResults, summarizeFeedback } from '../../shared/pollResults.js';
import { own } from '../../shared/records.js';
import type { LiveState } from '../state/liveState.js';
import type { PollIndex } from './pollIndex.js';
import { resultsAudience } from './pollRules.js';

export interface PollResultsCoalescer {
  onCommitted(changes: readonly Change[]): void;
  /** Commits pending results now (tests, shutdown). */
  flush(): void;
  stop(): void;
}

/** What makes a poll's results or a session's feedback summary out of date. */
function touched(change: Change, polls: Set<string>, sessions: Set<string>): void {
  if (change.type === 'poll:vote-cast' || change.type === 'poll:word-hidden') polls.add(change.data.pollId);
  else if (change.type === 'feedback:given') sessions.add(change.data.sessionId);
}

/**
 * Like the question votes (questionVotesCoalescer.ts): answers are durable one by one (internal
 * changes), but results go out at most once per interval: to staff while a poll's results are
 * hidden, to everyone once revealed. 1,000 phones voting make a few messages per watcher, not 1,000.
 */
export function createPollResultsCoalescer(deps: {
  intervalMs: number;
  polls: PollIndex;
  live: LiveState;
  commit: (drafts: readonly ChangeDraft[]) => void;
}): PollResultsCoalescer {
  const dirtyPolls = new Set<string>();
  const dirtySessions = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  function pollDrafts(): ChangeDraft[] {
    const state = deps.live.state();
    const byAudience = { staff: {} as Record<string, PollResults>, public: {} as Record<string, PollResults> };
    for (const id of dirtyPolls) {
      const poll = own(state.polls.polls, id);
      if (!poll) continue;
      const results = computeResults(poll, deps.polls.answers(id), new Set(own(state.polls.hiddenWords, id) ?? []));
      if (!sameResults(own(state.polls.results, id), results)) byAudience[resultsAudience(poll)][id] = results;
    }
    return (['staff', 'public'] as const)
      .filter((audience) => Object.keys(byAudience[audience]).length > 0)
      .map((audience) => ({ type: 'poll:results-counted', audience, data: { results: byAudience[audience] } }));
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const drafts = pollDrafts();
    for (const sessionId of dirtySessions) {
      drafts.push({ type: 'feedback:counted', audience: 'staff', data: { sessionId, summary: summarizeFeedback(deps.polls.feedback(sessionId)) } });
    }
    dirtyPolls.clear();
    dirtySessions.clear();
    if (drafts.length > 0) deps.commit(drafts);
  }

  return {
    onCommitted(changes) {
      for (const change of changes) touched(change, dirtyPolls, dirtySessions);
      if ((dirtyPolls.size > 0 || dirtySessions.size > 0) && !timer) timer = setTimeout(flush, deps.intervalMs);
    },
    flush,
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
