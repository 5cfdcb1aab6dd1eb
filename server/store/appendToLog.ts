import type { Change, ChangeDraft } from '../../shared/changes.js';
import type { ChangeLog } from '../kernel/store.js';

/** Appends drafts as one entry outside the commit pipeline: tools and tests, before a server runs. */
export function appendToLog(log: ChangeLog, drafts: readonly ChangeDraft[], at: string): Promise<Change[]> {
  return log.batch(log.lastSeq(), async (batch) => {
    const changes = drafts.map((draft, index): Change => ({ ...draft, seq: batch.head + index + 1, at }));
    batch.append({ changes, seq: changes.at(-1)?.seq ?? batch.head });
    return changes;
  });
}
