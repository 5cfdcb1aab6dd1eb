import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { z } from 'zod';
import { parseChange, type Change, type ChangeDraft } from '../../shared/changes.js';
import { commandError, type CommandResult } from '../../shared/errors.js';
import { changesProgramme } from '../../shared/programmeImport.js';
import type { CommandType } from '../../shared/commands.js';
import type { LiveState } from '../kernel/liveState.js';
import { importSliceSize } from './importJob.js';
import type { SystemDrafts } from '../kernel/commitPipeline.js';
import { programmeChangedSince } from './importService.js';
import { undoDrafts, undoUnfinished, type UndoDeps } from './importUndo.js';

/**
 * The seam to the commit pipeline (`pipeline.commitSystem`): commits changes the server makes in
 * the same queue as commands, applies them to the live state and publishes them.
 */
export type CommitChanges = (drafts: SystemDrafts) => Promise<Change[]>;

export interface ImportApplier {
  /** Programme commands (`session:`, `room:`, `event:`, `programme:`) take turns with imports. */
  hold(type: CommandType, run: () => Promise<CommandResult>): Promise<CommandResult>;
  /** Commits the changes the worker decided, slice by slice; refused if the programme changed after `baseSeq`. */
  apply(decided: { slices: readonly string[]; baseSeq: number; generation: number }): Promise<CommandResult>;
}

const draftRow = z.object({ type: z.string(), audience: z.string(), data: z.unknown() });

/** One slice from the worker, each change checked as the store would read it back. */
function draftsOf(slice: string): ChangeDraft[] {
  return z.array(draftRow).parse(JSON.parse(slice)).map((row) => {
    const change = parseChange({ ...row, seq: 0, at: '' });
    if (!change) throw new Error(`the import worker sent an unreadable ${row.type} change`);
    const { seq: _seq, at: _at, ...draft } = change;
    return draft;
  });
}

/** Runs one piece of work after another: the programme's one writer at a time. */
function createTurns(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const result = tail.then(work);
    tail = result.catch(() => undefined);
    return result;
  };
}

/**
 * A big import in slices: a few hundred changes per commit, a turn of the event loop between
 * slices, so phones, snapshots and questions keep being answered while 5,000 sessions arrive.
 * Programme commands wait for the import (and it for them): none decides on a half-imported
 * programme or slips between the staleness check and the last slice. Questions, votes and polls
 * go on between slices; they read sessions that exist before, during and after the import alike.
 * The import is journalled (`import:started` … `import:finished`, internal changes): a failure
 * midway undoes the slices at once, a stop midway at the next start (`importUndo.ts`).
 */
const staleImport = commandError('conflict', { issues: [{ path: 'baseSeq', message: 'the programme changed since the preview; preview again' }] });
/** A programme command or import while another import is being applied (on any process). */
export const importElsewhere = commandError('conflict', { issues: [{ path: 'type', message: 'an import is being applied; try again when it is done' }] });

/** Thrown by the first slice when, decided under the log's lock, the programme turns out changed. */
class StaleImport extends Error {}

export function createImportApplier(deps: { live: LiveState; commit: CommitChanges; undo: UndoDeps }): ImportApplier {
  const inTurn = createTurns();

  async function commitSlices(drafts: (slice: number) => ChangeDraft[], count: number): Promise<void> {
    for (let slice = 0; slice < count; slice += 1) {
      if (slice > 0) await nextTurn();
      await deps.commit(drafts(slice));
    }
  }

  async function undo(before: ReturnType<LiveState['state']>, importId: string): Promise<void> {
    const drafts = undoDrafts(deps.live.state(), before);
    const finished: ChangeDraft = { type: 'import:finished', audience: 'internal', data: { importId, outcome: 'undone' } };
    const count = Math.ceil(drafts.length / importSliceSize) || 1;
    const last = count - 1;
    await commitSlices((i) => [...drafts.slice(i * importSliceSize, (i + 1) * importSliceSize), ...(i === last ? [finished] : [])], count);
  }

  /**
   * Work while holding the import lock of every process. An import the journal holds open while
   * the lock was free was left by a process that died: it is undone first, as at a start.
   */
  async function withImportLock(work: () => Promise<CommandResult>): Promise<CommandResult> {
    const release = await deps.undo.log.importLock();
    if (!release) return importElsewhere;
    try {
      await undoUnfinished(deps.undo);
      return await work();
    } finally {
      await release();
    }
  }

  async function applySlices(slices: readonly string[], stale: () => boolean): Promise<CommandResult> {
    const before = deps.live.state();
    const importId = randomUUID();
    const started: ChangeDraft = { type: 'import:started', audience: 'internal', data: { importId } };
    const finished: ChangeDraft = { type: 'import:finished', audience: 'internal', data: { importId, outcome: 'applied' } };
    const last = slices.length - 1;
    const slice = (i: number) => [...(i === 0 ? [started] : []), ...draftsOf(slices[i]!), ...(i === last ? [finished] : [])];
    try {
      // Checked again where it is decided: another process's command may have come in since.
      await deps.commit(() => {
        if (stale()) throw new StaleImport();
        return slice(0);
      });
    } catch (error) {
      if (error instanceof StaleImport) return staleImport;
      throw error;
    }
    try {
      await commitSlices((i) => slice(i + 1), slices.length - 1);
    } catch (error) {
      console.error('import failed midway; undoing its committed slices', error);
      await undo(before, importId).catch((undoError: unknown) => console.error('undoing the import failed; the next start undoes it', undoError));
      return commandError('internal');
    }
    return { ok: true, seq: deps.live.seq() };
  }

  return {
    hold: (type, run) => {
      if (!changesProgramme(type)) return run();
      // An import open in the journal runs on another process, or was left by one that died.
      return inTurn(() => (deps.undo.journal.unfinished() ? withImportLock(run) : run()));
    },
    apply: ({ slices, baseSeq, generation }) =>
      inTurn(() =>
        withImportLock(async () => {
          const stale = () => deps.live.generation() !== generation || programmeChangedSince(deps.live, baseSeq);
          if (stale()) return staleImport;
          return slices.length === 0 ? { ok: true, seq: deps.live.seq() } : applySlices(slices, stale);
        }),
      ),
  };
}
