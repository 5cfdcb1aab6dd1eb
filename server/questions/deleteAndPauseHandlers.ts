import type { ChangeDraft } from '../../shared/changes.js';
import type { PublicState } from '../../shared/publicState.js';
import { own } from '../../shared/records.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import { decideOnQuestion, hidingChanges } from './questionRules.js';

/**
 * A deleted question's merged-away duplicates are hidden: attendees hold them only as pointers,
 * and a pointer to nothing says nothing (nor may it ever show their text). Staff keep them,
 * hidden, and may delete them too.
 */
export function hideMergedInto(state: PublicState, questionId: string): ChangeDraft[] {
  return Object.values(state.questions)
    .filter((q) => q.mergedInto === questionId && q.status !== 'hidden')
    .flatMap(hidingChanges);
}

/** A moderator's two emergency brakes: delete one question for good, pause new questions. */
export const deleteAndPauseHandlers: CommandHandlers<'question:delete' | 'moderation:pause-questions'> = {
  // Every audience loses the question; the dispatcher erases its text from the stored log.
  'question:delete': ({ questionId }, { state, actor }) =>
    decideOnQuestion(state, questionId, actor, () =>
      accept(...hideMergedInto(state, questionId), { type: 'question:deleted', audience: 'public', data: { questionId } }),
    ),

  'moderation:pause-questions': ({ sessionId, paused }, { state }) => {
    if (sessionId && !own(state.sessions, sessionId)) return reject('not_found', [{ path: 'sessionId', message: 'no such session' }]);
    const current = sessionId ? own(state.moderation.pausedSessions ?? {}, sessionId) === true : state.moderation.paused === true;
    if (current === paused) return accept();
    return accept({ type: 'moderation:questions-paused', audience: 'public', data: { sessionId, paused } });
  },
};
