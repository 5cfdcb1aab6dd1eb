import type { Change, ChangeDraft } from '../../shared/changes.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChangeInBatch } from '../../shared/reducer.js';
import { batchWrites } from '../../shared/records.js';
import type { Projection } from '../kernel/liveState.js';
import type { ChangeLog } from '../kernel/store.js';
import type { SystemDrafts } from '../kernel/commitPipeline.js';
import { diffProgramme } from './programmeDiff.js';

/**
 * The changes that take the programme back to `before`: what an import committed up to a failure
 * or a stop is undone, since its organizer was never told it worked. Rooms it added go again.
 */
export function undoDrafts(current: PublicState, before: PublicState): ChangeDraft[] {
  const event = before.event ?? current.event;
  const sessions = Object.values(before.sessions);
  const drafts = event ? diffProgramme(current, { event, rooms: Object.values(before.rooms), sessions }).drafts : [];
  const addedRooms = Object.keys(current.rooms).filter((roomId) => !Object.hasOwn(before.rooms, roomId));
  return [...drafts, ...addedRooms.map((roomId): ChangeDraft => ({ type: 'room:removed', audience: 'public', data: { roomId } }))];
}

/** Remembers an import begun and not finished, from the log, as the live state replays it. */
export interface ImportJournal extends Projection {
  unfinished(): { importId: string; seq: number } | null;
}

export function createImportJournal(): ImportJournal {
  let open: { importId: string; seq: number } | null = null;
  return {
    project(change: Change) {
      if (change.type === 'import:started') open = { importId: change.data.importId, seq: change.seq };
      if (change.type === 'import:finished' && change.data.importId === open?.importId) open = null;
    },
    reset: () => (open = null),
    unfinished: () => open,
  };
}

/** The state as it was just before `seq`, replayed from the log (only at a start after a stop midway). */
async function stateBefore(log: ChangeLog, seq: number): Promise<PublicState> {
  const writes = batchWrites();
  let state = emptyState;
  for (let since = 0; ; ) {
    const batch = await log.changesAfter(since, 5000);
    for (const change of batch) {
      if (change.seq >= seq) return state;
      state = applyChangeInBatch(state, change, writes);
    }
    if (batch.length < 5000) return state;
    since = batch[batch.length - 1]!.seq;
  }
}

export interface UndoDeps {
  log: ChangeLog;
  state: () => PublicState;
  journal: ImportJournal;
  commit: (drafts: SystemDrafts) => Promise<Change[]>;
}

/**
 * At start, before any device connects: an import the server stopped in the middle of is undone,
 * so the organizer finds the programme as before it (and previews and applies the file again).
 */
export async function undoInterruptedImport(deps: UndoDeps): Promise<number | null> {
  if (!deps.journal.unfinished()) return null;
  // Unfinished and its lock held: another process is applying it now, not interrupted.
  const release = await deps.log.importLock();
  if (!release) return null;
  try {
    return await undoUnfinished(deps);
  } finally {
    await release();
  }
}

/** Undoes the import the journal holds open; for a caller holding the import lock. */
export async function undoUnfinished(deps: UndoDeps): Promise<number | null> {
  const open = deps.journal.unfinished();
  if (!open) return null;
  const drafts = undoDrafts(deps.state(), await stateBefore(deps.log, open.seq));
  const finished: ChangeDraft = { type: 'import:finished', audience: 'internal', data: { importId: open.importId, outcome: 'undone' } };
  await deps.commit([...drafts, finished]);
  return drafts.length;
}
