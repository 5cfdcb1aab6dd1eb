import { createHmac } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import { createDeviceIds } from '../../server/access/deviceIds.js';
import type { LimiterFactory } from '../../server/kernel/rateLimits.js';

const key = 'schluessel-der-installation';
/** The signature an id's random part gets with this installation's key, as the server makes it. */
const signed = (random: string) => createHmac('sha256', key).update(random).digest().subarray(0, 16).toString('base64url');

/** A shared limiter whose database is away: every consume fails with an error, not a refusal. */
const databaseAway: LimiterFactory = () => {
  const limiter = new RateLimiterMemory({ points: 1, duration: 1 });
  limiter.consume = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
  return limiter;
};

describe('device ids', () => {
  it('accepts the ids it issued, three parts signed with its key', async () => {
    const ids = createDeviceIds(key, [5, 60]);
    const issued = await ids.issue('192.0.2.10');
    if (!('deviceId' in issued)) throw new Error('no id issued');
    expect(issued.deviceId).toMatch(/^d1\.[\w-]{22}\.[\w-]{22}$/);
    expect(ids.isValid(issued.deviceId)).toBe(true);
  });

  it('refuses an id correctly signed but of another version, with an empty random part, or with a part added', () => {
    const ids = createDeviceIds(key, [5, 60]);
    const random = 'AAAAAAAAAAAAAAAAAAAAAA';
    expect(ids.isValid(`d1.${random}.${signed(random)}`)).toBe(true);
    expect(ids.isValid(`d2.${random}.${signed(random)}`)).toBe(false);
    expect(ids.isValid(`d1..${signed('')}`)).toBe(false);
    expect(ids.isValid(`d1.${random}.${signed(random)}.x`)).toBe(false);
    expect(ids.isValid(`d1.${random}.`)).toBe(false);
  });

  it('tells an address that asked too often how long to wait, while another address still gets an id', async () => {
    const ids = createDeviceIds(key, [2, 60]);
    await ids.issue('192.0.2.10');
    await ids.issue('192.0.2.10');
    const refused = await ids.issue('192.0.2.10');
    expect(refused).not.toHaveProperty('deviceId');
    if (!('retryAfterMs' in refused)) throw new Error('not refused');
    expect(refused.retryAfterMs).toBeGreaterThan(50_000);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(await ids.issue('192.0.2.11')).toHaveProperty('deviceId');
  });

  it('waits at least a millisecond, never zero, when the budget is about to come back', async () => {
    const refusing: LimiterFactory = () => {
      const limiter = new RateLimiterMemory({ points: 1, duration: 1 });
      limiter.consume = () => Promise.reject(new RateLimiterRes(0, 0.2));
      return limiter;
    };
    expect(await createDeviceIds(key, [2, 60], refusing).issue('192.0.2.10')).toEqual({ retryAfterMs: 1 });
  });

  it('keeps issuing, limited by this process alone, while the shared limiter’s database is away', async () => {
    const ids = createDeviceIds(key, [2, 60], databaseAway);
    expect(await ids.issue('192.0.2.10')).toHaveProperty('deviceId');
    expect(await ids.issue('192.0.2.10')).toHaveProperty('deviceId');
    expect(await ids.issue('192.0.2.10')).toHaveProperty('retryAfterMs');
  });

  it('refuses an id issued by another installation', async () => {
    const other = await createDeviceIds('a-different-key', [5, 60]).issue('192.0.2.10');
    if (!('deviceId' in other)) throw new Error('no id issued');
    expect(createDeviceIds(key, [5, 60]).isValid(other.deviceId)).toBe(false);
  });
});
