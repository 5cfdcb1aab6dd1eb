import type { FieldIssue } from '../../shared/errors.js';
import type { ImportDiff, TimeConflict } from '../../shared/importReport.js';
import { emptyState, type PublicState } from '../../shared/model.js';
import { programmeDigest, type ImportedProgramme, type ImportFormat, type RejectedRow } from '../../shared/programmeImport.js';
import { buildIcs } from '../../shared/icsCalendar.js';
import { frabXmlExport } from '../export/frabXmlExport.js';
import { scheduleJsonExport } from '../export/scheduleJsonExport.js';
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
  | { ok: true; programme: ImportedProgramme; rejected: RejectedRow[]; timeConflict?: TimeConflict; diff: ImportDiff; basisDigest: string }
  | { ok: false; issues: FieldIssue[] };

export const exportNames = ['schedule.xml', 'schedule.json', 'programme.ics'] as const;
export type ExportName = (typeof exportNames)[number];

export interface ExportJob {
  name: ExportName;
  basis: ProgrammeBasis;
  version: string;
}

/** An export's text, or null when there is no event (or no session for a calendar). */
export function runExportJob(job: ExportJob): string | null {
  const state = { ...emptyState, ...job.basis };
  if (job.name === 'schedule.xml') return frabXmlExport(state, job.version);
  if (job.name === 'schedule.json') {
    const json = scheduleJsonExport(state, job.version);
    return json === null ? null : JSON.stringify(json);
  }
  const ics = buildIcs(state);
  return ics.ok ? ics.ics : null;
}

/** Parse, normalise and diff a file: the heavy part of an import, run in the import worker. */
export function runImportJob(job: ImportJob): ImportJobResult {
  const state = { ...emptyState, ...job.basis };
  const read = readImport(job.format, job.content, state, job.timeReading);
  if (!read.ok) return read;
  return { ...read, diff: diffProgramme(state, read.programme).diff, basisDigest: programmeDigest(state) };
}
