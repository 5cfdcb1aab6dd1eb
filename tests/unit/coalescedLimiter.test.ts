import { describe, expect, it } from 'vitest';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { coalescedLimiter } from '../../server/kernel/coalescedLimiter.js';
import { lookupPerTick } from '../../server/store/lookupPerTick.js';

const outcome = (attempt: Promise<unknown>) => attempt.then(() => 'allowed', (error: unknown) => (error instanceof RateLimiterRes ? 'refused' : 'failed'));

describe('limits counted once per key and turn of the event loop', () => {
  it('lets the first calls through up to what the budget had left, in the order they came', async () => {
    const inner = new RateLimiterMemory({ points: 6, duration: 60 });
    let calls = 0;
    const limiter = coalescedLimiter({ points: inner.points, consume: (key, points) => (calls++, inner.consume(key, points)) });
    await limiter.consume('addr:1');
    await limiter.consume('addr:1');
    const crowd = await Promise.all(Array.from({ length: 7 }, () => outcome(limiter.consume('addr:1'))));
    expect(crowd).toEqual(['allowed', 'allowed', 'allowed', 'allowed', 'refused', 'refused', 'refused']);
    expect(calls).toBe(3);
    expect(await outcome(limiter.consume('addr:2'))).toBe('allowed');
  });

  it('refuses every call of the turn, never lets one through, when the store fails', async () => {
    const limiter = coalescedLimiter({ points: 5, consume: () => Promise.reject(new Error('database away')) });
    expect(await Promise.all([outcome(limiter.consume('k')), outcome(limiter.consume('k'))])).toEqual(['failed', 'failed']);
  });
});

describe('lookups asked together', () => {
  it('asks once for every key of one turn and gives each caller its own answer', async () => {
    const asked: string[][] = [];
    const lookup = lookupPerTick(async (keys) => (asked.push([...keys]), new Map(keys.filter((k) => k !== 'neu').map((k) => [k, k.length]))));
    expect(await Promise.all([lookup('eins'), lookup('zwei'), lookup('neu'), lookup('eins')])).toEqual([4, 4, undefined, 4]);
    expect(await lookup('drei')).toBe(4);
    expect(asked).toEqual([['eins', 'zwei', 'neu'], ['drei']]);
  });
});
