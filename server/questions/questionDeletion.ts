import type { Change } from '../../shared/changes.js';
import type { Store } from '../store/store.js';

/** What a deleted question's text becomes in the stored log (see server/store/redaction.ts). */
export const deletedText = '—';

/** Inside the deleting commit: the deleted questions' words leave every stored change. */
export function eraseDeletedQuestions(store: Store, committed: readonly Change[]): void {
  for (const change of committed) {
    if (change.type === 'question:deleted') store.redactQuestion(change.data.questionId, deletedText);
  }
}
