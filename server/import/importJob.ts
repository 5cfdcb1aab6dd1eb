import type { ChangeDraft } from '../../shared/changes.js';
import type { FieldIssue } from '../../shared/errors.js';
import type { ImportDiff, RejectedRow, TimeConflict } from '../../shared/importReport.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import type { ImportFormat } from '../../shared/programmeImport.js';
import { buildIcs } from '../../shared/icsCalendar.js';
import { frabXmlExport } from './frabXmlExport.js';
import { scheduleJsonExport } from './scheduleJsonExport.js';
import { consistencyIssues } from './importHandlers.js';
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
  /** Apply, not preview: also decide the changes, against the basis, as the import command would. */
  decide?: boolean;
}

/**
 * The changes an apply commits, as JSON text in slices of `importSliceSize`: text crosses to the
 * main thread at the cost of a copy, while thousands of objects would cost it a long pause to
 * rebuild; each slice is parsed when its turn to commit comes.
 */
export type ImportDecision = { ok: true; slices: string[] } | { ok: false; issues: FieldIssue[] };

export type ImportJobResult =
  | { ok: true; sessionCount: number; rejected: RejectedRow[]; timeConflict?: TimeConflict; diff: ImportDiff; decision?: ImportDecision }
  | { ok: false; issues: FieldIssue[] };

/** Changes per committed slice: each slice is one short transaction, publish and pause for others. */
export const importSliceSize = 100;

export const exportNames = ['schedule.xml', 'schedule.json', 'programme.ics'] as const;
export type ExportName = (typeof exportNames)[number];

export interface ExportJob {
  name: ExportName;
  version: string;
}

const utf8 = new TextEncoder();

/**
 * An export as UTF-8 bytes, or null when there is no event (or no session for a calendar). Bytes,
 * not text: they cross to the main thread without a copy and go to the socket as they are, where
 * a text of megabytes would be copied, then encoded, on the thread that answers everyone.
 */
export function runExportJob(job: ExportJob, basis: ProgrammeBasis): Uint8Array<ArrayBuffer> | null {
  const state = { ...emptyState, ...basis };
  if (job.name === 'schedule.xml') {
    const xml = frabXmlExport(state, job.version);
    return xml === null ? null : utf8.encode(xml);
  }
  if (job.name === 'schedule.json') {
    const json = scheduleJsonExport(state, job.version);
    return json === null ? null : utf8.encode(JSON.stringify(json));
  }
  const ics = buildIcs(state);
  return ics.ok ? utf8.encode(ics.ics) : null;
}

function sliced(drafts: readonly ChangeDraft[]): string[] {
  const slices: string[] = [];
  for (let i = 0; i < drafts.length; i += importSliceSize) slices.push(JSON.stringify(drafts.slice(i, i + importSliceSize)));
  return slices;
}

/** Parse, normalise and diff a file: the heavy part of an import, run in the import worker. */
export function runImportJob(job: ImportJob): ImportJobResult {
  const state = { ...emptyState, ...job.basis };
  const read = readImport(job.format, job.content, state, job.timeReading);
  if (!read.ok) return read;
  const { programme, rejected, timeConflict } = read;
  const { diff, drafts } = diffProgramme(state, programme);
  const issues = job.decide ? consistencyIssues(programme, state) : [];
  const decision: ImportDecision | undefined = job.decide ? (issues.length ? { ok: false, issues } : { ok: true, slices: sliced(drafts) }) : undefined;
  return {
    ok: true, sessionCount: programme.sessions.length, rejected, diff,
    ...(timeConflict ? { timeConflict } : {}), ...(decision ? { decision } : {}),
  };
}
