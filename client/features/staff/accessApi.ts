import { z } from 'zod';
import { errorCodes } from '../../../shared/errors';
import { meReplySchema, redeemReplySchema, type Me, type Redeemed } from '../../../shared/access';
import type { ClientErrorCode } from '../../sync/commandResult';
import { deviceId } from '../../sync/deviceId';

const errorReplySchema = z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes) }) });

export type { Me, Redeemed } from '../../../shared/access';
export type ApiOutcome<T> = { ok: true; value: T } | { ok: false; code: ClientErrorCode };

/** A call to the HTTP API whose reply is parsed with `schema`; never throws, a failure is a typed code. */
export async function callApi<T>(path: string, init: RequestInit, schema: z.ZodType<T>): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    const headers = new Headers(init.headers);
    headers.set('x-device-id', deviceId());
    response = await fetch(path, { ...init, headers, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    return { ok: false, code: error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'offline' };
  }
  const body: unknown = await response.json().catch(() => null);
  const parsed = schema.safeParse(body);
  if (response.ok && parsed.success) return { ok: true, value: parsed.data };
  const failure = errorReplySchema.safeParse(body);
  return { ok: false, code: failure.success ? failure.data.error.code : 'internal' };
}

/** Trades an access code for a token kept on this device. */
export function redeemCode(code: string): Promise<ApiOutcome<Redeemed>> {
  return callApi(
    '/api/access/redeem',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) },
    redeemReplySchema,
  );
}

/** The role (and a host's stand) the server gives this token now; it may have been revoked since. */
export function fetchMe(token: string): Promise<ApiOutcome<Me>> {
  return callApi('/api/me', { headers: { authorization: `Bearer ${token}` } }, meReplySchema);
}
