import type { Change, ChangeDraft } from '../../shared/changes.js';
import type { PollResults } from '../../shared/polls.js';
import { computeResults, sameResults, summarizeFeedback } from '../../shared/pollResults.js';
import { own } from '../../shared/records.js';
import type { LiveState } from '../kernel/liveState.js';
import type { PollIndex } from './pollIndex.js';
import { resultsAudience } from './pollRules.js';
import { createCoalescingTimer } from '../kernel/coalescingTimer.js';
import type { SystemDrafts } from '../kernel/commitPipeline.js';

export interface PollResultsCoalescer {
  onCommitted(changes: readonly Change[]): void;
  /** Commits pending results now (tests, shutdown). */
  flush(): Promise<void>;
  /** At start: every poll's results and feedback summary from the stored answers (after a crash, too). */
  recount(): Promise<void>;
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
  commit: (drafts: SystemDrafts) => Promise<unknown>;
}): PollResultsCoalescer {
  const dirtyPolls = new Set<string>();
  const dirtySessions = new Set<string>();
  const timer = createCoalescingTimer(deps.intervalMs, flush, 'poll results');

  function pollDrafts(ids: readonly string[]): ChangeDraft[] {
    const state = deps.live.state();
    const byAudience = { staff: {} as Record<string, PollResults>, public: {} as Record<string, PollResults> };
    for (const id of ids) {
      const poll = own(state.polls.polls, id);
      if (!poll) continue;
      const results = computeResults(poll, deps.polls.answers(id), new Set(own(state.polls.hiddenWords, id) ?? []));
      if (!sameResults(own(state.polls.results, id), results)) byAudience[resultsAudience(poll)][id] = results;
    }
    return (['staff', 'public'] as const)
      .filter((audience) => Object.keys(byAudience[audience]).length > 0)
      .map((audience) => ({ type: 'poll:results-counted', audience, data: { results: byAudience[audience] } }));
  }

  function feedbackDrafts(sessionIds: readonly string[]): ChangeDraft[] {
    const shown = deps.live.state().polls.feedback;
    return sessionIds.flatMap((sessionId): ChangeDraft[] => {
      const summary = summarizeFeedback(deps.polls.feedback(sessionId));
      // A recount at start commits only what differs from what staff already have.
      return JSON.stringify(own(shown, sessionId)) === JSON.stringify(summary) ? [] : [{ type: 'feedback:counted', audience: 'staff', data: { sessionId, summary } }];
    });
  }

  async function flush(): Promise<void> {
    timer.disarm();
    const pending = { polls: [...dirtyPolls], sessions: [...dirtySessions] };
    dirtyPolls.clear();
    dirtySessions.clear();
    if (pending.polls.length === 0 && pending.sessions.length === 0) return;
    try {
      // Decided when the pipeline gets to it, on the state then: what another process counted meanwhile is not repeated.
      await deps.commit(() => [...pollDrafts(pending.polls), ...feedbackDrafts(pending.sessions)]);
    } catch (error) {
      // The answers are stored; only their results are not. Keep them pending and try again.
      pending.polls.forEach((id) => dirtyPolls.add(id));
      pending.sessions.forEach((id) => dirtySessions.add(id));
      throw error;
    }
  }

  return {
    onCommitted(changes) {
      for (const change of changes) touched(change, dirtyPolls, dirtySessions);
      if (dirtyPolls.size > 0 || dirtySessions.size > 0) timer.schedule();
    },
    flush,
    recount() {
      for (const id of Object.keys(deps.live.state().polls.polls)) dirtyPolls.add(id);
      for (const id of deps.polls.feedbackSessions()) dirtySessions.add(id);
      return timer.flushSafely();
    },
    stop: timer.disarm,
  };
}
