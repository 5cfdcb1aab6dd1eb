import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { base64Of } from '../../shared/bytes.js';
import { dropLimits } from '../../shared/dropLimits.js';
import { mailboxIdSchema, type DropsReply } from '../../shared/drops.js';
import type { Clock } from '../kernel/clock.js';
import { fail, validate, type AppEnv } from '../kernel/http.js';
import { sha256Hex } from '../kernel/ids.js';
import type { DropRecords } from '../kernel/store.js';
import { addressKey, consumeDeviceAndAddress, type DeviceAndAddress, type RateRefusal } from '../kernel/rateLimits.js';
import type { Actor } from '../../shared/roles.js';

export interface DropsDeps {
  drops: DropRecords;
  clock: Clock;
  /** Items sent per device (per address for a caller without one) and per address. */
  senders: DeviceAndAddress;
  /** Fetches, counted the same way: a listed mailbox id is public, so emptying others' mailboxes is slowed. */
  fetchers: DeviceAndAddress;
}

const mailboxParam = validate('param', z.object({ mailbox: mailboxIdSchema }));

/** The store keeps a mailbox under its id's hash: whoever reads the database cannot fetch (and so empty) a mailbox. */
const storedKey = sha256Hex;

/** Whether this caller may send or fetch once more; the wait when it may not. */
function refusal(limits: DeviceAndAddress, actor: Actor): Promise<RateRefusal> {
  const address = addressKey(actor);
  return consumeDeviceAndAddress(limits, actor.deviceId ? `dev:${actor.deviceId}` : address, address);
}

/**
 * `POST /api/drops/:mailbox` keeps one sealed item (the body, `application/octet-stream`, 4 KB at
 * most); `GET /api/drops/:mailbox` gives the mailbox's items once, as base64, and forgets them. The
 * server cannot open an item; it keeps it a day at most (`dropLimits`).
 */
export function dropsRoutes(deps: DropsDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/:mailbox', mailboxParam, bodyLimit({ maxSize: dropLimits.itemBytes, onError: (c) => fail(c, 'too_large') }), async (c) => {
    if (c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() !== 'application/octet-stream') {
      return fail(c, 'invalid_command', { issues: [{ path: 'body', message: 'a sealed item as application/octet-stream' }] });
    }
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.length === 0) return fail(c, 'invalid_command', { issues: [{ path: 'body', message: 'an empty item' }] });
    const refused = await refusal(deps.senders, c.get('actor'));
    if (refused) return fail(c, 'rate_limited', refused);
    const kept = await deps.drops.put(storedKey(c.req.valid('param').mailbox), body, deps.clock.now(), dropLimits.itemsPerMailbox);
    if (!kept) return fail(c, 'rate_limited', { issues: [{ path: 'mailbox', message: `holds ${dropLimits.itemsPerMailbox} items already` }] });
    return c.json({ stored: true }, 201);
  });
  routes.get('/:mailbox', mailboxParam, async (c) => {
    const refused = await refusal(deps.fetchers, c.get('actor'));
    if (refused) return fail(c, 'rate_limited', refused);
    const items = await deps.drops.take(storedKey(c.req.valid('param').mailbox), deps.clock.now() - dropLimits.keepMs);
    c.header('cache-control', 'no-store');
    return c.json({ items: items.map(base64Of) } satisfies DropsReply);
  });
  return routes;
}
