import type { Audience, Change, ChangeDataMap, ChangeDraft, ChangeType } from '../../shared/changes.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';

/** Commits drafts as the log would, numbered from 1 for each caller, all on the demo day's morning. */
export function committer(): (draft: ChangeDraft) => Change {
  let seq = 0;
  return (draft) => ({ ...draft, seq: ++seq, at: '2026-05-14T08:00:00.000Z' });
}

/** A change with the seq a test needs, as the log would hold it, at 09:00 on the demo day (UTC). */
export function changeAt<K extends ChangeType>(seq: number, type: K, audience: Audience, data: ChangeDataMap[K]): Change<K> {
  // A generic K cannot be matched to its member of the Change union; the arguments are typed per K.
  return { seq, at: '2026-05-14T09:00:00.000Z', type, audience, data } as Change<K>;
}

/** The demo day's programme with its stands and floor plan, as a fresh state. */
export function demoWithStands(commit: (draft: ChangeDraft) => Change): PublicState {
  const { stands, floorPlan } = loadDemoStands();
  return applyChanges(emptyState, [
    commit({ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') }),
    commit({ type: 'stands:imported', audience: 'public', data: { stands, floorPlan } }),
  ]);
}
