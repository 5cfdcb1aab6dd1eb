import type { ChangeDraft } from '../../shared/changes.js';
import type { PollResults } from '../../shared/polls.js';
import { computeResults, sameResults, summarizeFeedback } from '../../shared/pollResults.js';
import { own } from '../../shared/records.js';
import type { CoalescedFigure } from '../kernel/coalescer.js';
import type { LiveState } from '../kernel/liveState.js';
import type { PollIndex } from './pollIndex.js';
import { resultsAudience } from './pollRules.js';
import { sameJson } from '../../shared/jsonEquality.js';

/**
 * A poll's results: to staff while they are hidden, to everyone once revealed. 1,000 phones voting
 * make a few messages per watcher, not 1,000.
 */
export function pollResults(live: LiveState, polls: PollIndex): CoalescedFigure {
  return {
    touchedBy: (change) => (change.type === 'poll:vote-cast' || change.type === 'poll:word-hidden' ? change.data.pollId : null),
    everyId: () => Object.keys(live.state().polls.polls),
    drafts(ids): ChangeDraft[] {
      const state = live.state();
      const byAudience = { staff: {} as Record<string, PollResults>, public: {} as Record<string, PollResults> };
      for (const id of ids) {
        const poll = own(state.polls.polls, id);
        if (!poll) continue;
        const results = computeResults(poll, polls.answers(id), new Set(own(state.polls.hiddenWords, id) ?? []));
        if (!sameResults(own(state.polls.results, id), results)) byAudience[resultsAudience(poll)][id] = results;
      }
      return (['staff', 'public'] as const)
        .filter((audience) => Object.keys(byAudience[audience]).length > 0)
        .map((audience) => ({ type: 'poll:results-counted', audience, data: { results: byAudience[audience] } }));
    },
  };
}

/** A session's feedback summary, for staff. */
export function feedbackSummaries(live: LiveState, polls: PollIndex): CoalescedFigure {
  return {
    touchedBy: (change) => (change.type === 'feedback:given' || change.type === 'feedback:comment-erased' ? change.data.sessionId : null),
    everyId: () => polls.feedbackSessions(),
    drafts(sessionIds): ChangeDraft[] {
      const shown = live.state().polls.feedback;
      return sessionIds.flatMap((sessionId): ChangeDraft[] => {
        const summary = summarizeFeedback(polls.feedback(sessionId));
        // A recount at start commits only what differs from what staff already have.
        return sameJson(own(shown, sessionId), summary) ? [] : [{ type: 'feedback:counted', audience: 'staff', data: { sessionId, summary } }];
      });
    },
  };
}
