import type { FieldIssue } from '../../shared/errors.js';
import type { ImportDiff, TimeConflict } from '../../shared/importReport.js';
import { emptyState, type PublicState } from '../../shared/model.js';
import type { ImportedProgramme, ImportFormat, RejectedRow } from '../../shared/programmeImport.js';
import { readImport } from './importService.js';
import { diffProgramme } from './programmeDiff.js';
import type { TimeReading } from './sourceTimes.js';

/** What an import reads a file against: only the programme, so little crosses to the worker. */
export type ProgrammeBasis = Pick<PublicState, 'event' | 'rooms' | 'sessions'>;

export interface ImportJob {
  format: ImportFormat;
  content: string;
  timeReading?: TimeReading;
  basis: ProgrammeBasis;
}

export type ImportJobResult =
  | { ok: true; programme: ImportedProgramme; rejected: RejectedRow[]; timeConflict?: TimeConflict; diff: ImportDiff }
  | { ok: false; issues: FieldIssue[] };

/** Parse, normalise and diff a file: the heavy part of an import, run in the import worker. */
export function runImportJob(job: ImportJob): ImportJobResult {
  const state = { ...emptyState, ...job.basis };
  const read = readImport(job.format, job.content, state, job.timeReading);
  if (!read.ok) return read;
  return { ...read, diff: diffProgramme(state, read.programme).diff };
}
