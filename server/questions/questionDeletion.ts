import type { Change } from '../../shared/changes.js';
import { erasedQuestionText } from '../../shared/privacy.js';
import type { LogBatch } from '../kernel/store.js';

/** What a deleted question's text becomes in the stored log (see server/store/redaction.ts). */
export const deletedText = erasedQuestionText;

/**
 * Inside the deleting batch: the deleted questions' words leave every stored change. A question
 * its asker erased ("Meine Daten") goes the same way but keeps a staff answer.
 */
export function eraseDeletedQuestions(batch: Pick<LogBatch, 'redactQuestion'>, committed: readonly Change[]): void {
  for (const change of committed) {
    if (change.type === 'question:deleted') batch.redactQuestion(change.data.questionId, deletedText);
    if (change.type === 'question:erased') batch.redactQuestion(change.data.questionId, deletedText, true);
  }
}

/** Changes after which the write-ahead log is checkpointed: it still holds the erased words. */
export const erasesQuestionText = (change: Change) => change.type === 'question:deleted' || change.type === 'question:erased';
