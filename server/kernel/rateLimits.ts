import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Limiter } from './coalescedLimiter.js';
import type { CommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';
import { addressBudgetKey } from './addressBudget.js';

/** [points, per seconds] */
export type Limit = readonly [number, number];

/** Makes one limiter: in memory for one process, in the shared database for several. */
export type LimiterFactory = (limit: Limit, name: string) => Limiter;
export const memoryLimiter: LimiterFactory = ([points, duration]) => new RateLimiterMemory({ points, duration });

/**
 * Asking and voting are what anyone may do; every other command needs a staff token. Device ids
 * are issued and signed by the server (`deviceIds.ts`), so the per-device limits are the real ones.
 */
export interface RateLimitConfig {
  askPerDevice: Limit;
  /** Per address: a whole venue shares one NAT address, so it is a last cap, not the working limit. */
  askPerAddress: Limit;
  votePerDevice: Limit;
  votePerAddress: Limit;
  /** New device ids per address. */
  deviceIdsPerAddress: Limit;
  /** Catch-ups (socket sync, /api/changes, /api/snapshot) per device: an honest phone asks once per connect. */
  syncPerDevice: Limit;
  /** Catch-ups per address: every phone of a full hall reconnecting at once, three times a minute. */
  syncPerAddress: Limit;
  /** Every other command (staff's: announcements, moderation, settings) per token: generous for a busy moderator, a cap for a script. */
  staffPerToken: Limit;
  /** Open sockets per address (not a rate): a hall's phones behind one NAT, one socket each, twice over. */
  socketsPerAddress: number;
  /** Own-question look-ups per socket: asked once per connect and after each question sent. */
  ownQuestionsPerSocket: Limit;
}

/** Phones behind one NAT address the per-address budgets are sized for: the 500 of a full hall, twice over. */
export const phonesPerAddress = 1000;

/**
 * Sized for a hall behind one NAT: the per-address budgets are 1,000 phones each at its own device
 * limit, so an honest phone is refused only by its own limit, never for its neighbours. What an
 * attacker gets from rotating ids is bounded by the issuance rate: 600 ids per 5 minutes lets 500
 * phones arrive in one rush, at most 120 a minute after that.
 */
export const defaultRateLimits: RateLimitConfig = {
  askPerDevice: [6, 60],
  askPerAddress: [6 * phonesPerAddress, 60],
  votePerDevice: [60, 10],
  votePerAddress: [60 * phonesPerAddress, 10],
  deviceIdsPerAddress: [600, 300],
  syncPerDevice: [10, 60],
  syncPerAddress: [3 * phonesPerAddress, 60],
  ownQuestionsPerSocket: [10, 10],
  socketsPerAddress: 2 * phonesPerAddress,
  staffPerToken: [300, 60],
};

/** Null: allowed; else how long to wait before asking again. */
export type RateRefusal = { retryAfterMs: number } | null;

export type RateCheck = (actor: Actor, type: CommandType) => Promise<RateRefusal>;

/** One budget per device and one per address, each limiter spending one point a call. */
export interface DeviceAndAddress {
  device: Limiter;
  address: Limiter;
}

/** The key an actor's address is counted under (a whole IPv6 /64 is one address). */
export const addressKey = (actor: Actor): string => `addr:${addressBudgetKey(actor.address)}`;

/** The key an actor's own budget is counted under: its issued device id, else its staff token; null with neither. */
export const deviceKey = (actor: Actor): string | null => (actor.deviceId ? `dev:${actor.deviceId}` : actor.tokenId ? `tok:${actor.tokenId}` : null);

/** Runs the consumes; the wait a limiter's refusal names, or null when all passed. Any other failure is thrown. */
async function refusalOf(consume: () => Promise<unknown>): Promise<RateRefusal> {
  try {
    await consume();
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return { retryAfterMs: Math.max(1, Math.ceil(refusal.msBeforeNext)) };
    throw refusal;
  }
}

/** One point from the device's budget (none without a device key) and one from the address's: the wait when either refuses. */
export const consumeDeviceAndAddress = (limits: DeviceAndAddress, device: string | null, address: string): Promise<RateRefusal> =>
  refusalOf(async () => {
    if (device) await limits.device.consume(device);
    await limits.address.consume(address);
  });

export function createRateLimits(config: RateLimitConfig, limiter: LimiterFactory = memoryLimiter): RateCheck {
  const directory = { device: limiter(config.askPerDevice, 'directory-dev'), address: limiter(config.askPerAddress, 'directory-addr') };
  const perType: Partial<Record<CommandType, DeviceAndAddress>> = {
    'question:ask': { device: limiter(config.askPerDevice, 'ask-dev'), address: limiter(config.askPerAddress, 'ask-addr') },
    'question:vote': { device: limiter(config.votePerDevice, 'vote-dev'), address: limiter(config.votePerAddress, 'vote-addr') },
    'poll:vote': { device: limiter(config.votePerDevice, 'poll-dev'), address: limiter(config.votePerAddress, 'poll-addr') },
    'feedback:give': { device: limiter(config.askPerDevice, 'feedback-dev'), address: limiter(config.askPerAddress, 'feedback-addr') },
    // Anyone may report a barrier: limited as asking is.
    'barrier:report': { device: limiter(config.askPerDevice, 'barrier-dev'), address: limiter(config.askPerAddress, 'barrier-addr') },
    // Listing oneself and leaving: a person does either a few times a day; one budget for both, as asking has.
    'directory:join': directory,
    'directory:leave': directory,
  };

  const staff = limiter(config.staffPerToken, 'staff-tok');

  return async (actor, type) => {
    const address = addressKey(actor);
    const device = deviceKey(actor) ?? address;
    const specific = perType[type];
    // Only staff may send the others (the role table refused everyone else before this).
    if (!specific) return refusalOf(() => staff.consume(actor.tokenId ? `tok:${actor.tokenId}` : device));
    return consumeDeviceAndAddress(specific, device, address);
  };
}
