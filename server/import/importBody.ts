import { issuesOf, type FieldIssue } from '../../shared/errors.js';
import { applyImportSchema, importRequestSchema, type ImportFormat } from '../../shared/programmeImport.js';
import { runImportJob, type ImportJobResult, type ProgrammeBasis } from './importJob.js';
import type { TimeReading } from './sourceTimes.js';

/**
 * An import request's body as it arrived. A programme file of megabytes, sent as a JSON string,
 * costs tens of milliseconds to decode and parse; on the main thread every phone would wait for
 * it, so the bytes move to the worker (not copied) and are checked there with the shared schema.
 */
export interface ImportBodyJob {
  body: ArrayBuffer;
  /** Apply (with `baseSeq`, deciding the changes), or preview. */
  apply: boolean;
  basis: ProgrammeBasis;
}

/** The request's fields besides the file; `baseSeq` only for an apply. */
export interface ImportRequestFields {
  format: ImportFormat;
  timeReading?: TimeReading;
  baseSeq?: number;
}

export type ImportBodyResult = { ok: false; issues: FieldIssue[] } | { ok: true; request: ImportRequestFields; result: ImportJobResult };

const utf8 = new TextDecoder();

export function runImportBody(job: ImportBodyJob): ImportBodyResult {
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(job.body));
  } catch {
    return { ok: false, issues: [{ path: '', message: 'the request body is not JSON' }] };
  }
  const parsed = (job.apply ? applyImportSchema : importRequestSchema).safeParse(raw);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const { content, ...request } = parsed.data;
  const result = runImportJob({ format: request.format, content, basis: job.basis, decide: job.apply, ...(request.timeReading ? { timeReading: request.timeReading } : {}) });
  return { ok: true, request, result };
}
