import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { CommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';

/** [points, per seconds] */
type Limit = readonly [number, number];

/** Asking and voting are what anyone may do; every other command needs a staff token. */
export interface RateLimitConfig {
  askPerDevice: Limit;
  /** Per address: generous, because a whole venue can share one NAT address. */
  askPerAddress: Limit;
  votePerDevice: Limit;
  votePerAddress: Limit;
}

export const defaultRateLimits: RateLimitConfig = {
  askPerDevice: [6, 60],
  askPerAddress: [600, 60],
  votePerDevice: [60, 10],
  votePerAddress: [6000, 10],
};

export type RateCheck = (actor: Actor, type: CommandType) => Promise<{ retryAfterMs: number } | null>;

export function createRateLimits(config: RateLimitConfig): RateCheck {
  const limiter = ([points, duration]: Limit) => new RateLimiterMemory({ points, duration });
  const perType: Partial<Record<CommandType, { device: RateLimiterMemory; address: RateLimiterMemory }>> = {
    'question:ask': { device: limiter(config.askPerDevice), address: limiter(config.askPerAddress) },
    'question:vote': { device: limiter(config.votePerDevice), address: limiter(config.votePerAddress) },
    'poll:vote': { device: limiter(config.votePerDevice), address: limiter(config.votePerAddress) },
    'feedback:give': { device: limiter(config.askPerDevice), address: limiter(config.askPerAddress) },
  };

  return async (actor, type) => {
    const address = `addr:${actor.address ?? 'unknown'}`;
    const device = actor.deviceId ? `dev:${actor.deviceId}` : actor.tokenId ? `tok:${actor.tokenId}` : address;
    const specific = perType[type];
    try {
      if (!specific) return null;
      await specific.device.consume(device);
      await specific.address.consume(address);
      return null;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return { retryAfterMs: Math.max(1, Math.ceil(refusal.msBeforeNext)) };
      throw refusal;
    }
  };
}
