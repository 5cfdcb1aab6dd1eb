import type { ChangeDataMap } from './changes.js';
import type { PublicState } from './publicState.js';
import { erasedQuestionText } from './privacy.js';
import type { Question } from './questions.js';
import { own, put, type RecordWrites } from './records.js';

type PrivacyChange = 'personal-data:erased' | 'question:asker-noted' | 'question:erased' | 'feedback:comment-erased';
type Reducers = { [K in PrivacyChange]: (state: PublicState, data: ChangeDataMap[K], seq: number, writes: RecordWrites) => PublicState };

function withoutName(question: Question): Question {
  const { authorName: _name, ...rest } = question;
  return rest;
}

/** Every asker's name, every feedback comment, every barrier report and every listing leave the state (and each phone's copy). */
function erasePersonalData(state: PublicState, writes: RecordWrites): PublicState {
  const questions = writes.writable(state.questions);
  for (const question of Object.values(state.questions)) if (question.authorName !== undefined) put(questions, question.id, withoutName(question));
  const feedback = writes.writable(state.polls.feedback);
  for (const [sessionId, summary] of Object.entries(state.polls.feedback)) put(feedback, sessionId, { ...summary, comments: [] });
  return { ...state, questions, polls: { ...state.polls, feedback }, barrierReports: [], directory: {} };
}

export const privacyReducers: Reducers = {
  'personal-data:erased': (state, _data, _seq, writes) => erasePersonalData(state, writes),
  'question:asker-noted': (state) => state,
  'question:erased': (state, { questionId }, _seq, writes) => {
    const question = own(state.questions, questionId);
    if (!question) return state;
    const questions = writes.writable(state.questions);
    put(questions, questionId, { ...withoutName(question), text: erasedQuestionText, erased: true });
    return { ...state, questions };
  },
  'feedback:comment-erased': (state) => state,
};
