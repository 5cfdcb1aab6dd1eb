import { feedbackWindow } from '../../shared/feedbackWindow.js';
import { answerFits } from '../../shared/pollResults.js';
import { own } from '../../shared/records.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import type { PollIndex } from './pollIndex.js';
import { pollConflict, withPoll } from './pollRules.js';
import { sameJson } from '../../shared/jsonEquality.js';

const needsDevice = (what: string) => reject('invalid_command', [{ path: 'deviceId', message: `${what} needs a device id` }]);

/** Answers are decided on each device's earlier answer (`polls`, this event's index). */
export const voteAndFeedbackHandlers = (polls: PollIndex): CommandHandlers<'poll:vote' | 'feedback:open' | 'feedback:give'> => ({
  'poll:vote': ({ pollId, answer }, { state, actor }) =>
    withPoll(state, pollId, (poll) => {
      // Attendees only know polls that were opened; a draft is as unknown to them as no poll.
      if (poll.status === 'draft') return reject('not_found', [{ path: 'pollId', message: 'no such poll' }]);
      // The outbox may deliver a vote given offline after the poll closed: the device says so.
      if (poll.status === 'closed') return pollConflict('the poll is closed');
      if (!answerFits(poll, answer)) return reject('invalid_command', [{ path: 'answer', message: 'does not fit this poll' }]);
      if (!actor.deviceId) return needsDevice('voting');
      if (sameJson(polls.answerOf(pollId, actor.deviceId), answer)) return accept();
      return accept({ type: 'poll:vote-cast', audience: 'internal', data: { pollId, deviceId: actor.deviceId, answer } });
    }),

  'feedback:open': ({ sessionId }, { state }) => {
    if (!own(state.sessions, sessionId)) return reject('not_found', [{ path: 'sessionId', message: 'no such session' }]);
    if (own(state.polls.feedbackOpen, sessionId)) return accept();
    return accept({ type: 'feedback:opened', audience: 'public', data: { sessionId } });
  },

  'feedback:give': ({ sessionId, stars, comment }, { state, actor, now }) => {
    const window = feedbackWindow(state, sessionId, Date.parse(now));
    if (window === 'none') return reject('not_found', [{ path: 'sessionId', message: 'no session to rate' }]);
    if (window !== 'open') return reject('conflict', [{ path: 'sessionId', message: `feedback is ${window === 'over' ? 'closed' : 'not open yet'}` }]);
    if (!actor.deviceId) return needsDevice('feedback');
    const text = comment || undefined;
    const before = polls.feedbackOf(sessionId, actor.deviceId);
    if (before && before.stars === stars && before.comment === text) return accept();
    const data = { sessionId, deviceId: actor.deviceId, stars, ...(text ? { comment: text } : {}), at: now };
    return accept({ type: 'feedback:given', audience: 'internal', data });
  },
});
