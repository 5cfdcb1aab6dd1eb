import type { Change } from '../../shared/changes.js';
import type { LogBatch } from '../kernel/store.js';

/** What a deleted question's text becomes in the stored log (see server/store/redaction.ts). */
export const deletedText = '—';

/** Inside the deleting batch: the deleted questions' words leave every stored change. */
export function eraseDeletedQuestions(batch: Pick<LogBatch, 'redactQuestion'>, committed: readonly Change[]): void {
  for (const change of committed) {
    if (change.type === 'question:deleted') batch.redactQuestion(change.data.questionId, deletedText);
  }
}
