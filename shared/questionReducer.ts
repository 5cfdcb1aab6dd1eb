import type { ChangeDataMap } from './changes.js';
import type { PublicState } from './model.js';
import type { Question } from './questions.js';
import { put, writable } from './records.js';

type QuestionChange = Extract<keyof ChangeDataMap, `question:${string}` | `stand:${string}` | `moderation:${string}`>;
type Handlers = { [K in QuestionChange]: (state: PublicState, data: ChangeDataMap[K]) => PublicState };

function upsert(state: PublicState, ...questions: Question[]): PublicState {
  const next = writable(state.questions);
  for (const q of questions) put(next, q.id, q);
  return { ...state, questions: next };
}

const withQuestion = (state: PublicState, data: { question: Question }) => upsert(state, data.question);

/** Question changes carry the whole question, so a device that never saw it can still show it. */
export const questionHandlers: Handlers = {
  'question:asked': withQuestion,
  'question:approved': withQuestion,
  'question:hidden': withQuestion,
  'question:pinned': withQuestion,
  'question:answered': withQuestion,
  'question:merged': (state, { question, into }) => upsert(state, question, into),
  'question:withdrawn': (state, { questionId }) => {
    if (!state.questions[questionId]) return state;
    const { [questionId]: _gone, ...rest } = state.questions;
    return { ...state, questions: rest };
  },
  'question:votes-counted': (state, { votes }) => {
    const known = Object.entries(votes).filter(([id, n]) => state.questions[id] && state.questions[id].votes !== n);
    if (known.length === 0) return state;
    const next = writable(state.questions);
    for (const [id, n] of known) put(next, id, { ...next[id]!, votes: n });
    return { ...state, questions: next };
  },
  'question:vote-cast': (state) => state,
  'question:staged': (state, { sessionId, questionId }) => {
    const { [sessionId]: _old, ...rest } = state.stage;
    return { ...state, stage: questionId ? { ...rest, [sessionId]: questionId } : rest };
  },
  'stand:status-set': (state, { standId, status }) => ({ ...state, standStatus: { ...state.standStatus, [standId]: status } }),
  'question:deleted': (state, { questionId }) => {
    if (!Object.hasOwn(state.questions, questionId)) return state;
    const { [questionId]: _gone, ...questions } = state.questions;
    if (!Object.values(state.stage).includes(questionId)) return { ...state, questions };
    const stage = Object.fromEntries(Object.entries(state.stage).filter(([, id]) => id !== questionId));
    return { ...state, questions, stage };
  },
  'moderation:questions-paused': (state, { sessionId, paused }) => {
    if (sessionId === null) return { ...state, moderation: { ...state.moderation, paused } };
    const pausedSessions = writable(state.moderation.pausedSessions ?? {});
    put(pausedSessions, sessionId, paused);
    return { ...state, moderation: { ...state.moderation, pausedSessions } };
  },
  'moderation:mode-set': (state, { sessionId, mode }) => ({
    ...state,
    moderation: sessionId
      ? { ...state.moderation, sessions: { ...state.moderation.sessions, [sessionId]: mode } }
      : { ...state.moderation, mode },
  }),
};
