import { mayActOn } from '../../shared/standHosts.js';
import type { Audience, ChangeDraft } from '../../shared/changes.js';
import type { PublicState } from '../../shared/publicState.js';
import type { Question, QuestionTarget } from '../../shared/questions.js';
import type { Actor } from '../../shared/roles.js';
import { reject, type HandlerOutcome } from '../kernel/handler.js';
import { own } from '../../shared/records.js';

/** Where a question lives before it is public: a session's with the moderators, a stand's with its hosts. */
export function privateAudience(target: QuestionTarget): Audience {
  return target.kind === 'stand' ? `stand:${target.id}` : 'staff';
}

export function audienceOf(question: Question): Audience {
  return question.status === 'published' ? 'public' : privateAudience(question.target);
}

export function targetExists(state: PublicState, target: QuestionTarget): boolean {
  return Boolean(target.kind === 'session' ? own(state.sessions, target.id) : own(state.stands, target.id));
}

/** Finds the question and checks the actor may act on it, then lets `decide` judge the command. */
export function decideOnQuestion(
  state: PublicState,
  questionId: string,
  actor: Actor,
  decide: (question: Question) => HandlerOutcome,
): HandlerOutcome {
  const question = state.questions[questionId];
  if (!question) return reject('not_found', [{ path: 'questionId', message: 'no such question' }]);
  if (!mayActOn(actor, question.target)) return reject('forbidden');
  return decide(question);
}

export const conflict = (message: string) => reject('conflict', [{ path: 'questionId', message }]);

export const mergedAway = () => conflict('merged into another question: act on that one');

/**
 * As `decideOnQuestion`, for a command that would send the whole question: a merged-away one is
 * refused. Attendees hold it only as a pointer to the question it went into, and any change
 * carrying it would publish its text and author again (an answer from a host's outbox arrives
 * after the merge in real life). A merged-away question takes only what takes it further from
 * attendees: `question:hide` (drops the pointer) and `question:delete` (erases it).
 */
export function decideOnUnmergedQuestion(
  state: PublicState,
  questionId: string,
  actor: Actor,
  decide: (question: Question) => HandlerOutcome,
): HandlerOutcome {
  return decideOnQuestion(state, questionId, actor, (question) => (question.mergedInto ? mergedAway() : decide(question)));
}

/** Hiding: attendees lose a published question first, then its private audience gets the hidden copy. */
export function hidingChanges(question: Question): ChangeDraft[] {
  const hiddenCopy: Question = { ...question, status: 'hidden', pinned: false };
  const hidden: ChangeDraft = { type: 'question:hidden', audience: privateAudience(question.target), data: { question: hiddenCopy } };
  if (question.status !== 'published') return [hidden];
  return [{ type: 'question:withdrawn', audience: 'public', data: { questionId: question.id } }, hidden];
}
