import { own } from '../../shared/records.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import { decideOnQuestion } from './questionRules.js';

/** A moderator's two emergency brakes: delete one question for good, pause new questions. */
export const deleteAndPauseHandlers: CommandHandlers<'question:delete' | 'moderation:pause-questions'> = {
  // Every audience loses the question; the dispatcher erases its text from the stored log.
  'question:delete': ({ questionId }, { state, actor }) =>
    decideOnQuestion(state, questionId, actor, () => accept({ type: 'question:deleted', audience: 'public', data: { questionId } })),

  'moderation:pause-questions': ({ sessionId, paused }, { state }) => {
    if (sessionId && !own(state.sessions, sessionId)) return reject('not_found', [{ path: 'sessionId', message: 'no such session' }]);
    const current = sessionId ? own(state.moderation.pausedSessions ?? {}, sessionId) === true : state.moderation.paused === true;
    if (current === paused) return accept();
    return accept({ type: 'moderation:questions-paused', audience: 'public', data: { sessionId, paused } });
  },
};
