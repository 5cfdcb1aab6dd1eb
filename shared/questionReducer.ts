import type { ChangeDataMap } from './changes.js';
import type { PublicState } from './publicState.js';
import type { Question } from './questions.js';
import { own, put, without, type RecordWrites } from './records.js';

/** The question changes of "Meine Daten" are in privacyReducer.ts, the stands' own in standReducer.ts. */
type QuestionChange = Exclude<
  Extract<keyof ChangeDataMap, `question:${string}` | 'stand:status-set' | `moderation:${string}`>,
  'question:asker-noted' | 'question:erased'
>;
type Reducers = { [K in QuestionChange]: (state: PublicState, data: ChangeDataMap[K], seq: number, writes: RecordWrites) => PublicState };

/**
 * Once merged away, a question keeps the words and the pointer it was merged with: attendees hold
 * only a pointer, and a later change carrying the whole question (one a log kept from before the
 * server refused such commands) must not put its text and author back on a device or in a snapshot.
 */
function keepMergedWords(held: Question | undefined, incoming: Question): Question {
  if (!held?.mergedInto) return incoming;
  const { authorName: _incomingAuthor, ...rest } = incoming;
  const author = held.authorName === undefined ? {} : { authorName: held.authorName };
  return { ...rest, ...author, text: held.text, mergedInto: held.mergedInto };
}

function upsert(state: PublicState, writes: RecordWrites, ...questions: Question[]): PublicState {
  const next = writes.writable(state.questions);
  for (const q of questions) put(next, q.id, q);
  return { ...state, questions: next };
}

const upsertQuestion = (state: PublicState, { question }: { question: Question }, _seq: number, writes: RecordWrites) =>
  upsert(state, writes, keepMergedWords(own(state.questions, question.id), question));

/** Question changes carry the whole question, so a device that never saw it can still show it. */
export const questionReducers: Reducers = {
  'question:asked': upsertQuestion,
  'question:approved': upsertQuestion,
  'question:hidden': upsertQuestion,
  'question:pinned': upsertQuestion,
  'question:answered': upsertQuestion,
  'question:faq-marked': upsertQuestion,
  // The merge itself sets the words: attendees get the pointer, staff the whole question after it.
  'question:merged': (state, { question, into }, _seq, writes) => upsert(state, writes, question, into),
  'question:withdrawn': (state, { questionId }, _seq, writes) => {
    if (!state.questions[questionId]) return state;
    return { ...state, questions: without(writes, state.questions, questionId) };
  },
  'question:votes-counted': (state, { votes }, _seq, writes) => {
    const known = Object.entries(votes).filter(([id, n]) => state.questions[id] && state.questions[id].votes !== n);
    if (known.length === 0) return state;
    const next = writes.writable(state.questions);
    for (const [id, n] of known) put(next, id, { ...next[id]!, votes: n });
    return { ...state, questions: next };
  },
  'question:vote-cast': (state) => state,
  'question:staged': (state, { sessionId, questionId }, _seq, writes) => {
    if (!questionId) return { ...state, stage: without(writes, state.stage, sessionId) };
    const stage = writes.writable(state.stage);
    put(stage, sessionId, questionId);
    return { ...state, stage };
  },
  'stand:status-set': (state, { standId, status }, _seq, writes) => {
    const standStatus = writes.writable(state.standStatus);
    put(standStatus, standId, status);
    return { ...state, standStatus };
  },
  'question:deleted': (state, { questionId }, _seq, writes) => {
    if (!Object.hasOwn(state.questions, questionId)) return state;
    const questions = without(writes, state.questions, questionId);
    if (!Object.values(state.stage).includes(questionId)) return { ...state, questions };
    const stage = Object.fromEntries(Object.entries(state.stage).filter(([, id]) => id !== questionId));
    return { ...state, questions, stage };
  },
  'moderation:questions-paused': (state, { sessionId, paused }, _seq, writes) => {
    if (sessionId === null) return { ...state, moderation: { ...state.moderation, paused } };
    const pausedSessions = writes.writable(state.moderation.pausedSessions ?? {});
    put(pausedSessions, sessionId, paused);
    return { ...state, moderation: { ...state.moderation, pausedSessions } };
  },
  'moderation:mode-set': (state, { sessionId, mode }, _seq, writes) => {
    if (!sessionId) return { ...state, moderation: { ...state.moderation, mode } };
    const sessions = writes.writable(state.moderation.sessions);
    put(sessions, sessionId, mode);
    return { ...state, moderation: { ...state.moderation, sessions } };
  },
};
