import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';
import {
  importApplyReplySchema,
  importFailureSchema,
  importPreviewReplySchema,
  standsImportReplySchema,
  type ImportApplyReply,
  type ImportPreviewReply,
} from '../../../shared/importReport';
import type { ImportFormat } from '../../../shared/programmeImport';
import type { ClientErrorCode } from '../../sync/commandResult';
import { deviceId } from '../../sync/deviceId';
import { staffToken } from '../../sync/staffToken';

export type ImportOutcome<T> = { ok: true; value: T } | { ok: false; code: ClientErrorCode; issues: readonly FieldIssue[] };

export interface ImportRequest {
  format: ImportFormat;
  content: string;
}

/** A large schedule takes a while to read on a small server; longer than the other staff calls. */
const timeoutMs = 60_000;

/**
 * POSTs to an import route and parses the reply; never throws. Unlike `callApi` it keeps the
 * server's issues, because an organizer must see which line of the file is wrong.
 */
async function postImport<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<ImportOutcome<T>> {
  let response: Response;
  try {
    const headers = new Headers({ 'content-type': 'application/json', 'x-device-id': deviceId() });
    headers.set('authorization', `Bearer ${staffToken() ?? ''}`);
    response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, code: timedOut ? 'timeout' : 'offline', issues: [] };
  }
  const reply: unknown = await response.json().catch(() => null);
  const parsed = schema.safeParse(reply);
  if (response.ok && parsed.success) return { ok: true, value: parsed.data };
  const failure = importFailureSchema.safeParse(reply);
  if (!failure.success) return { ok: false, code: response.status === 413 ? 'too_large' : 'internal', issues: [] };
  return { ok: false, code: failure.data.error.code, issues: failure.data.error.issues ?? [] };
}

export function previewImport(request: ImportRequest): Promise<ImportOutcome<ImportPreviewReply>> {
  return postImport('/api/import/preview', request, importPreviewReplySchema);
}

/** Applies exactly what was previewed: `baseSeq` makes the server refuse it if the programme changed since. */
export function applyImport(request: ImportRequest, baseSeq: number): Promise<ImportOutcome<ImportApplyReply>> {
  return postImport('/api/import/apply', { ...request, baseSeq }, importApplyReplySchema);
}

export function importStands(content: string): Promise<ImportOutcome<{ seq: number }>> {
  return postImport('/api/import/stands', { content }, standsImportReplySchema);
}

/** The format a file name suggests; null leaves the organizer's choice as it is. */
export function formatOfFileName(name: string): ImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xml')) return 'frab-xml';
  if (lower.endsWith('.json')) return 'schedule-json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  return null;
}
