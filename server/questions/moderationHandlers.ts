import { mergedAwayText, type Question } from '../../shared/questions.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import { audienceOf, conflict, decideOnQuestion, decideOnUnmergedQuestion, hidingChanges, mergedAway } from './questionRules.js';
import { own } from '../../shared/records.js';
import type { VoteIndex } from './voteIndex.js';

type ModerationCommand =
  | 'question:approve'
  | 'question:hide'
  | 'question:pin'
  | 'question:merge'
  | 'question:answer'
  | 'question:mark-answered'
  | 'question:stage'
  | 'moderation:set-mode';

/** An approved question starts with the votes it has (`votes`, this event's index). */
export const moderationHandlers = (votes: VoteIndex): CommandHandlers<ModerationCommand> => ({
  'question:approve': ({ questionId }, { state, actor }) =>
    decideOnUnmergedQuestion(state, questionId, actor, (q) => {
      if (q.status === 'published') return conflict('already published');
      const question: Question = { ...q, status: 'published', votes: votes.count(questionId) };
      return accept({ type: 'question:approved', audience: 'public', data: { question } });
    }),

  // Also for a merged-away question: attendees lose its pointer, staff keep it.
  'question:hide': ({ questionId }, { state, actor }) =>
    decideOnQuestion(state, questionId, actor, (q) => {
      if (q.status === 'hidden') return conflict('already hidden');
      return accept(...hidingChanges(q));
    }),

  'question:pin': ({ questionId, pinned }, { state, actor }) =>
    decideOnUnmergedQuestion(state, questionId, actor, (q) => {
      if (q.status !== 'published') return conflict('only published questions can be pinned');
      if (q.pinned === pinned) return accept();
      return accept({ type: 'question:pinned', audience: 'public', data: { question: { ...q, pinned } } });
    }),

  'question:merge': ({ questionId, intoId }, { state, actor }) =>
    decideOnUnmergedQuestion(state, questionId, actor, (q) => {
      const into = state.questions[intoId];
      if (!into || intoId === questionId) return reject('not_found', [{ path: 'intoId', message: 'no such other question' }]);
      const bothPublic = q.status === 'published' && into.status === 'published';
      if (!bothPublic || into.mergedInto || q.target.id !== into.target.id) {
        return conflict('only two published questions of the same session or stand can be merged');
      }
      // The voters move over in the vote index; the next vote count carries the new total.
      const merged: Question = { ...q, mergedInto: intoId, pinned: false };
      // Attendees keep the merged-away question only as a pointer: its text and author stay with
      // staff (the staff change comes second, so their view ends with the whole question).
      const { authorName: _author, ...withoutAuthor } = merged;
      const pointer: Question = { ...withoutAuthor, text: mergedAwayText };
      return accept(
        { type: 'question:merged', audience: 'public', data: { question: pointer, into } },
        { type: 'question:merged', audience: 'staff', data: { question: merged, into } },
      );
    }),

  'question:answer': ({ questionId, text }, { state, actor, now }) =>
    decideOnUnmergedQuestion(state, questionId, actor, (q) => {
      if (q.status === 'hidden') return conflict('hidden questions cannot be answered');
      // Answering publishes: an answer is meant to be read.
      const question: Question = {
        ...q,
        status: 'published',
        answered: true,
        answer: { text, by: actor.role === 'host' ? 'host' : 'moderator', at: now },
      };
      return accept({ type: 'question:answered', audience: 'public', data: { question } });
    }),

  'question:mark-answered': ({ questionId, answered }, { state, actor }) =>
    decideOnUnmergedQuestion(state, questionId, actor, (q) => {
      if (q.answered === answered) return accept();
      const question: Question = { ...q, answered };
      return accept({ type: 'question:answered', audience: audienceOf(question), data: { question } });
    }),

  'question:stage': ({ sessionId, questionId }, { state }) => {
    if (!own(state.sessions, sessionId)) return reject('not_found', [{ path: 'sessionId', message: 'no such session' }]);
    const q = questionId ? state.questions[questionId] : null;
    if (q?.mergedInto) return mergedAway();
    if (questionId && (!q || q.status !== 'published' || q.target.kind !== 'session' || q.target.id !== sessionId)) {
      return reject('not_found', [{ path: 'questionId', message: 'no published question of this session' }]);
    }
    if ((state.stage[sessionId] ?? null) === questionId) return accept();
    return accept({ type: 'question:staged', audience: 'public', data: { sessionId, questionId } });
  },

  'moderation:set-mode': ({ sessionId, mode }, { state }) => {
    if (sessionId && !own(state.sessions, sessionId)) return reject('not_found', [{ path: 'sessionId', message: 'no such session' }]);
    return accept({ type: 'moderation:mode-set', audience: 'public', data: { sessionId, mode } });
  },
});
