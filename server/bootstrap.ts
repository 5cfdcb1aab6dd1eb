import type { Change, ChangeDraft } from '../shared/changes.js';
import type { Programme } from '../shared/model.js';
import type { StandsFile } from '../shared/standsImport.js';
import type { Clock } from './kernel/clock.js';
import type { ChangeLog, LogBatch } from './kernel/store.js';

/** Appends an empty log's first changes: the programme, and the stands with their floor plan. */
export function appendFirstContent(batch: LogBatch, clock: Clock, programme: () => Programme, stands?: () => StandsFile): void {
  const drafts: ChangeDraft[] = [{ type: 'programme:loaded', audience: 'public', data: programme() }];
  if (stands) {
    const { stands: list, floorPlan } = stands();
    drafts.push({ type: 'stands:imported', audience: 'public', data: { stands: list, floorPlan } });
  }
  const at = new Date(clock.now()).toISOString();
  const changes = drafts.map((draft, index): Change => ({ ...draft, seq: index + 1, at }));
  batch.append({ changes, seq: changes.length });
}

/** An empty event gets its programme (and stands) as its first changes, so replaying the log rebuilds it too. */
export async function loadProgrammeIfEmpty(log: ChangeLog, clock: Clock, programme: () => Programme, stands?: () => StandsFile): Promise<boolean> {
  if (log.lastSeq() > 0) return false;
  // In a batch: of several processes starting on one empty database, only the first loads it.
  return log.batch(0, async (batch) => {
    if (batch.head > 0) return false;
    appendFirstContent(batch, clock, programme, stands);
    return true;
  });
}
