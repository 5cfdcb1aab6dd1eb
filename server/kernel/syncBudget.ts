import type { Actor } from '../../shared/roles.js';
import { addressKey, consumeDeviceAndAddress, deviceKey, memoryLimiter, type Limit, type LimiterFactory, type RateRefusal } from './rateLimits.js';

/** Whether a catch-up (socket sync, /api/changes, /api/snapshot) may be served now; else when to ask again. */
export type SyncCheck = (actor: Actor) => Promise<RateRefusal>;

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
  const budgets = { device: limiter(limits.syncPerDevice, 'sync-dev'), address: limiter(limits.syncPerAddress, 'sync-addr') };
  return async (actor) => {
    // The shared limiter's database is away: a catch-up is read from memory, so it is served.
    return consumeDeviceAndAddress(budgets, deviceKey(actor), addressKey(actor)).catch(() => null);
  };
}
