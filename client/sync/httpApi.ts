import type { z } from 'zod';
import type { FieldIssue } from '../../shared/errors';
import { failureReplySchema } from '../../shared/failureReply';
import type { ClientErrorCode } from './commandResult';
import { storedDeviceId } from './deviceId';
import { staffToken } from './staffToken';
import { apiPath, apiPathAt } from './eventAddress';

export type ApiOutcome<T> = { ok: true; value: T } | { ok: false; code: ClientErrorCode; issues: readonly FieldIssue[] };

export interface ApiOptions {
  /** Sends this device's staff token; off for the calls that get or check one. */
  withToken?: boolean;
  /** A large schedule takes a while to read on a small server; the other calls should not. */
  timeoutMs?: number;
  /**
   * Another event of the series to call, by its slug; then without this page's device id, which
   * is this event's and refused by any other.
   */
  event?: string;
}

/**
 * A call to the HTTP API whose reply is parsed with `schema`; never throws. A failure is a typed
 * code plus the server's issues, so a form can say which field or line is wrong.
 */
export async function callApi<T>(path: string, init: RequestInit, schema: z.ZodType<T>, options: ApiOptions = {}): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    const headers = new Headers(init.headers);
    const device = options.event === undefined ? storedDeviceId() : null;
    if (device) headers.set('x-device-id', device);
    if (options.withToken ?? true) headers.set('authorization', `Bearer ${staffToken() ?? ''}`);
    const url = options.event === undefined ? apiPath(path) : apiPathAt(options.event, path);
    response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, code: timedOut ? 'timeout' : 'offline', issues: [] };
  }
  const reply: unknown = await response.json().catch(() => null);
  const parsed = schema.safeParse(reply);
  if (response.ok && parsed.success) return { ok: true, value: parsed.data };
  const failure = failureReplySchema.safeParse(reply);
  if (!failure.success) return { ok: false, code: response.status === 413 ? 'too_large' : 'internal', issues: [] };
  return { ok: false, code: failure.data.error.code, issues: failure.data.error.issues ?? [] };
}

/** A JSON POST. */
export function postJson(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
