import type { PublicState } from '../../../shared/publicState';
import { mostVotedFirst, newestAnswerFirst, targetKey, type Question } from '../../../shared/questions';

/** A host's stand questions: open ones by votes (oldest first on a tie), answered ones newest answer first. */
export function hostQuestions(state: PublicState, standId: string): { open: Question[]; answered: Question[] } {
  const key = targetKey({ kind: 'stand', id: standId });
  const mine = Object.values(state.questions).filter(
    (q) => targetKey(q.target) === key && q.status !== 'hidden' && !q.mergedInto,
  );
  return {
    open: mine.filter((q) => !q.answered).sort(mostVotedFirst),
    answered: mine.filter((q) => q.answered).sort(newestAnswerFirst),
  };
}
