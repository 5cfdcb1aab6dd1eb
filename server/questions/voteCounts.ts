import type { ChangeDraft } from '../../shared/changes.js';
import type { CoalescedFigure } from '../kernel/coalescer.js';
import type { LiveState } from '../kernel/liveState.js';
import type { VoteIndex } from './voteIndex.js';

/** A published question's vote count, from the votes by device: what attendees see beside it. */
export function voteCounts(live: LiveState, votes: VoteIndex): CoalescedFigure {
  return {
    touchedBy(change) {
      if (change.type === 'question:vote-cast') return change.data.questionId;
      if (change.type === 'question:merged') return change.data.into.id;
      return null;
    },
    everyId: () => Object.values(live.state().questions).flatMap((question) => (question.mergedInto ? [] : [question.id])),
    drafts(ids): ChangeDraft[] {
      const questions = live.state().questions;
      const counts: Record<string, number> = {};
      for (const id of ids) {
        const q = Object.hasOwn(questions, id) ? questions[id] : undefined;
        const n = votes.count(id);
        if (q && q.status === 'published' && q.votes !== n) counts[id] = n;
      }
      return Object.keys(counts).length === 0 ? [] : [{ type: 'question:votes-counted', audience: 'public', data: { votes: counts } }];
    },
  };
}
