import type { z } from 'zod';
import type { TimeReading } from '../../../shared/importReport';
import {
  importApplyReplySchema,
  importPreviewReplySchema,
  standsImportReplySchema,
  standsPreviewReplySchema,
  type ImportApplyReply,
  type StandsImportRequest,
  type StandsPreviewReply,
  type ImportPreviewReply,
} from '../../../shared/importReport';
import type { ImportFormat } from '../../../shared/programmeImport';
import { callApi, postJson, type ApiOutcome } from '../../sync/httpApi';

export type ImportOutcome<T> = ApiOutcome<T>;

export interface ImportRequest {
  format: ImportFormat;
  content: string;
  /** The organizer's choice where the file disagrees with itself about times. */
  timeReading?: TimeReading;
}

/** A large schedule takes a while to read on a small server; longer than the other staff calls. */
const timeoutMs = 60_000;

function postImport<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<ApiOutcome<T>> {
  return callApi(path, postJson(body), schema, { timeoutMs });
}

export function previewImport(request: ImportRequest): Promise<ImportOutcome<ImportPreviewReply>> {
  return postImport('/api/import/preview', request, importPreviewReplySchema);
}

/** Applies exactly what was previewed: `baseSeq` makes the server refuse it if the programme changed since. */
export function applyImport(request: ImportRequest, baseSeq: number): Promise<ImportOutcome<ImportApplyReply>> {
  return postImport('/api/import/apply', { ...request, baseSeq }, importApplyReplySchema);
}

/** What the stands file would overwrite of the hosts' edits on screen; nothing changes. */
export function previewStands(content: string): Promise<ImportOutcome<StandsPreviewReply>> {
  return postImport('/api/import/stands/preview', { content }, standsPreviewReplySchema);
}

export function importStands(request: StandsImportRequest): Promise<ImportOutcome<{ seq: number }>> {
  return postImport('/api/import/stands', request, standsImportReplySchema);
}

/** The format a file name suggests; null leaves the organizer's choice as it is. */
export function formatOfFileName(name: string): ImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xml')) return 'frab-xml';
  if (lower.endsWith('.json')) return 'schedule-json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  return null;
}
