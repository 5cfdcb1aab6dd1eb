import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { addressBudgetKey } from '../kernel/addressBudget.js';
import { memoryLimiter, type LimiterFactory } from '../kernel/rateLimits.js';

/**
 * Device ids are issued by the server and signed with a key kept in the store, so a made-up id
 * is refused and rotating ids costs a request each, limited per address. Per-device limits (one
 * vote per device, questions per minute) then mean something. An id carries no personal data:
 * a random part and its signature, `d1.<random>.<mac>` (48 characters).
 */
export interface DeviceIds {
  /** A new id for a device at this address, or how long to wait when the address asked too often. */
  issue(address: string | undefined): Promise<{ deviceId: string } | { retryAfterMs: number }>;
  isValid(deviceId: string): boolean;
}

const prefix = 'd1';

export function createDeviceIds(key: string, issuePerAddress: readonly [number, number], limiters: LimiterFactory = memoryLimiter): DeviceIds {
  const limiter = limiters(issuePerAddress, 'device-ids');
  // A shared limiter's database can be away; issuing needs only the key, so this process limits alone meanwhile.
  const fallback = memoryLimiter(issuePerAddress, 'device-ids');
  const consume = (key: string) => limiter.consume(key).catch((error: unknown) => (error instanceof RateLimiterRes ? Promise.reject(error) : fallback.consume(key)));
  const mac = (random: string) => createHmac('sha256', key).update(random).digest().subarray(0, 16).toString('base64url');

  return {
    async issue(address) {
      try {
        await consume(addressBudgetKey(address));
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return { retryAfterMs: Math.max(1, Math.ceil(refusal.msBeforeNext)) };
        throw refusal;
      }
      const random = randomBytes(16).toString('base64url');
      return { deviceId: `${prefix}.${random}.${mac(random)}` };
    },
    isValid(deviceId) {
      const [version, random, signature, ...rest] = deviceId.split('.');
      if (version !== prefix || !random || !signature || rest.length > 0) return false;
      const expected = Buffer.from(mac(random));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
