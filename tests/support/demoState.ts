import type { Change, ChangeDraft } from '../../shared/changes.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';

/** Commits drafts as the log would, numbered from 1 for each caller, all on the demo day's morning. */
export function committer(): (draft: ChangeDraft) => Change {
  let seq = 0;
  return (draft) => ({ ...draft, seq: ++seq, at: '2026-05-14T08:00:00.000Z' });
}

/** The demo day's programme with its stands and floor plan, as a fresh state. */
export function demoWithStands(commit: (draft: ChangeDraft) => Change): PublicState {
  const { stands, floorPlan } = loadDemoStands();
  return applyChanges(emptyState, [
    commit({ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') }),
    commit({ type: 'stands:imported', audience: 'public', data: { stands, floorPlan } }),
  ]);
}
