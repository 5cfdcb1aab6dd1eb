import type { Context, MiddlewareHandler } from 'hono';
import { zValidator } from '@hono/zod-validator';
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { z } from 'zod';
import { commandError, httpStatusOf, issuesOf, type CommandResult, type ErrorCode } from '../../shared/errors.js';
import { mayCall, type Actor, type ProtectedRoute } from '../../shared/roles.js';
import type { IssuedDeviceIds, TokenHolders } from './identity.js';
import { actorFromAuthorization } from './bearer.js';
import { resolveClient, trustNoProxy, type ClientOrigin, type ProxyTrust } from './clientAddress.js';

export type AppEnv = { Bindings: HttpBindings; Variables: { actor: Actor } };

export function fail(c: Context, code: ErrorCode, extra: Parameters<typeof commandError>[1] = {}) {
  return c.json(commandError(code, extra), httpStatusOf[code]);
}

export function sendResult(c: Context, result: CommandResult) {
  return result.ok ? c.json(result, 200) : c.json(result, httpStatusOf[result.error.code]);
}

/** Every validator answers a failed parse with the same typed error the socket gives. */
export const validate = <T extends z.ZodType>(target: 'json' | 'query' | 'param', schema: T) =>
  zValidator(target, schema, (result, c) => {
    if (!result.success) return fail(c, 'invalid_command', { issues: issuesOf(result.error) });
  });

const deviceIdHeader = z.string().min(8).max(64);

/** The phone's address and scheme, through a trusted proxy's forwarded headers (clientAddress.ts). */
export function clientOf(c: Context, trust: ProxyTrust): ClientOrigin | undefined {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    return undefined; // requests made in-process (tests) have no socket
  }
  const headers = { 'x-forwarded-for': c.req.header('x-forwarded-for'), 'x-forwarded-proto': c.req.header('x-forwarded-proto') };
  return resolveClient({ address: peer, encrypted: new URL(c.req.url).protocol === 'https:' }, headers, trust);
}

/**
 * Who is calling: no Authorization header is an anonymous attendee; a token that is unknown or
 * revoked is refused. The device id header lets rate limits tell phones behind one NAT apart.
 */
export function identify(access: TokenHolders, deviceIds: IssuedDeviceIds, trust: ProxyTrust = trustNoProxy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = await actorFromAuthorization(c.req.header('authorization'), access);
    if (!actor) return fail(c, 'unauthenticated');
    const header = c.req.header('x-device-id');
    // A made-up id is refused, so rotating ids cannot dodge the per-device limits.
    if (header !== undefined && !deviceIds.isValid(header)) return fail(c, 'invalid_device');
    const deviceId = deviceIdHeader.safeParse(header);
    const address = clientOf(c, trust)?.address;
    c.set('actor', { ...actor, ...(deviceId.success ? { deviceId: deviceId.data } : {}), ...(address ? { address } : {}) });
    await next();
  };
}

/** Checks the role table for a protected route; attendees get 401, other roles 403. */
export function requireRoute(route: ProtectedRoute): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!mayCall(actor, route)) return fail(c, actor.role === 'attendee' ? 'unauthenticated' : 'forbidden');
    await next();
  };
}
