import { moderationModeFor, questionsPausedFor, type Question } from '../../shared/questions.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import type { VoteIndex } from './voteIndex.js';
import { audienceOf, conflict, targetExists } from './questionRules.js';

/** Votes are decided on who voted already (`votes`, this event's index). */
export const askAndVoteHandlers = (votes: VoteIndex): CommandHandlers<'question:ask' | 'question:vote'> => ({
  'question:ask': ({ questionId, target, text, authorName }, { state, now, actor }) => {
    // Without an issued device id the per-device limit would not hold; staff carry a token instead.
    if (!actor.deviceId && !actor.tokenId) return reject('invalid_command', [{ path: 'deviceId', message: 'asking needs a device id' }]);
    if (!targetExists(state, target)) return reject('not_found', [{ path: 'target.id', message: 'no such session or stand' }]);
    if (state.questions[questionId]) return conflict('a question with this id exists');
    if (questionsPausedFor(state.moderation, target)) return reject('questions_paused', [{ path: 'target.id', message: 'questions are paused' }]);
    const pre = moderationModeFor(state.moderation, target) === 'pre';
    const question: Question = {
      id: questionId,
      target,
      text,
      ...(authorName ? { authorName } : {}),
      askedAt: now,
      status: pre ? 'pending' : 'published',
      pinned: false,
      answered: false,
      votes: 0,
    };
    const asked = { type: 'question:asked', audience: audienceOf(question), data: { question } } as const;
    // Who asked stays on the server (internal), so "Meine Daten" erases it for its asker and nobody else.
    if (!actor.deviceId) return accept(asked);
    return accept(asked, { type: 'question:asker-noted', audience: 'internal', data: { questionId, deviceId: actor.deviceId } });
  },

  'question:vote': ({ questionId, up }, { state, actor }) => {
    const question = state.questions[questionId];
    // Attendees can only see published questions, so only those can be voted on.
    if (!question || question.status !== 'published' || question.mergedInto) {
      return reject('not_found', [{ path: 'questionId', message: 'no such question' }]);
    }
    if (!actor.deviceId) return reject('invalid_command', [{ path: 'deviceId', message: 'voting needs a device id' }]);
    if (votes.hasVoted(questionId, actor.deviceId) === up) return accept();
    return accept({ type: 'question:vote-cast', audience: 'internal', data: { questionId, deviceId: actor.deviceId, up } });
  },
});
