import type { PublicState } from '../../../shared/publicState';
import type { Question, QuestionTarget } from '../../../shared/questions';

interface InboxItem {
  question: Question;
  /** The session's title or the stand's name, so the item says where it belongs. */
  where: string;
}

function titleOf(state: PublicState, target: QuestionTarget): string {
  return (target.kind === 'session' ? state.sessions[target.id]?.title : (state.stands[target.id]?.name ?? state.formerStands[target.id])) ?? target.id;
}

/**
 * Every question waiting for approval, across all sessions and stands, newest first (Slido's
 * moderation inbox): a moderator on a phone sees what just came in without picking a session.
 * Each question is listed here only, not again under its session, so no card appears twice.
 */
export function inboxItems(state: PublicState): InboxItem[] {
  return Object.values(state.questions)
    .filter((question) => question.status === 'pending' && !question.mergedInto)
    .sort((a, b) => b.askedAt.localeCompare(a.askedAt) || a.id.localeCompare(b.id))
    .map((question) => ({ question, where: titleOf(state, question.target) }));
}
