import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Actor } from '../../shared/roles.js';
import { addressBudgetKey } from './addressBudget.js';
import { memoryLimiter, type Limit, type LimiterFactory } from './rateLimits.js';

/** Whether a catch-up (socket sync, /api/changes, /api/snapshot) may be served now; else when to ask again. */
export type SyncCheck = (actor: Actor) => Promise<{ retryAfterMs: number } | null>;

export interface SyncLimits {
  syncPerDevice: Limit;
  /** A whole venue behind one NAT address shares it: the last cap, sized for every phone reconnecting at once. */
  syncPerAddress: Limit;
}

/**
 * Catch-ups counted per device and per address, not per socket or request: a new socket or a
 * second route starts no new budget. A phone without an issued id (or a staff token) counts
 * only against its address, which every id-less client behind it shares.
 */
export function createSyncBudget(limits: SyncLimits, limiter: LimiterFactory = memoryLimiter): SyncCheck {
  const perDevice = limiter(limits.syncPerDevice, 'sync-dev');
  const perAddress = limiter(limits.syncPerAddress, 'sync-addr');
  return async (actor) => {
    const device = actor.deviceId ? `dev:${actor.deviceId}` : actor.tokenId ? `tok:${actor.tokenId}` : null;
    try {
      if (device) await perDevice.consume(device);
      await perAddress.consume(`addr:${addressBudgetKey(actor.address)}`);
      return null;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return { retryAfterMs: Math.max(1, Math.ceil(refusal.msBeforeNext)) };
      // The shared limiter's database is away: a catch-up is read from memory, so it is served.
      return null;
    }
  };
}
