import type { Question } from '../../shared/questions.js';
import { accept, type CommandHandlers } from '../kernel/handler.js';
import { conflict, decideOnUnmergedQuestion } from './questionRules.js';

/**
 * A stand's "Häufige Fragen": an answered, published question of the stand, marked by its host or
 * a moderator. A plain flag on the question, so the project library (issue 24) can build on it.
 */
export const faqHandlers: CommandHandlers<'question:mark-faq'> = {
  'question:mark-faq': ({ questionId, faq }, { state, actor }) =>
    decideOnUnmergedQuestion(state, questionId, actor, (q) => {
      if (q.target.kind !== 'stand') return conflict('only a stand’s questions go into its FAQ');
      if (Boolean(q.faq) === faq) return accept();
      if (faq && (q.status !== 'published' || !q.answered)) return conflict('only a published, answered question can be marked as FAQ');
      const question: Question = { ...q, faq };
      return accept({ type: 'question:faq-marked', audience: q.status === 'published' ? 'public' : `stand:${q.target.id}`, data: { question } });
    }),
};
