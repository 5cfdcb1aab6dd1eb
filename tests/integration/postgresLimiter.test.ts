import { describe, expect, it } from 'vitest';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { usePostgresStores } from '../support/usePostgres.js';

const { twoProcesses } = usePostgresStores();

const outcome = (attempt: Promise<unknown>) => attempt.then(() => 'allowed', (error: unknown) => (error instanceof RateLimiterRes ? 'refused' : error));

describe('rate limits counted in PostgreSQL, many calls per statement', () => {
  it('lets exactly the budget through when a crowd behind one address asks at once, across two processes', async () => {
    const [a, b] = await twoProcesses();
    const limitA = a.limiter!([25, 60], 'crowd');
    const limitB = b.limiter!([25, 60], 'crowd');
    // 40 calls in one turn of the event loop, half through each process, all for one address.
    const calls = Array.from({ length: 40 }, (_, i) => outcome((i % 2 ? limitA : limitB).consume('addr:10.0.0.1')));
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((o) => o === 'allowed')).toHaveLength(25);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(15);
    expect(await outcome(limitA.consume('addr:10.0.0.1'))).toBe('refused');
  });

  it('counts every device of one statement on its own row', async () => {
    const [a] = await twoProcesses();
    const limit = a.limiter!([2, 60], 'dev');
    const round = () => Promise.all(Array.from({ length: 30 }, (_, i) => outcome(limit.consume(`dev:${i}`))));
    expect(await round()).toEqual(Array(30).fill('allowed'));
    expect(await round()).toEqual(Array(30).fill('allowed'));
    expect(await round()).toEqual(Array(30).fill('refused'));
  });

  it('starts a counter again once its window is over', async () => {
    const [a, b] = await twoProcesses();
    const limitA = a.limiter!([1, 1], 'short');
    const limitB = b.limiter!([1, 1], 'short');
    expect(await outcome(limitA.consume('dev:x'))).toBe('allowed');
    expect(await outcome(limitB.consume('dev:x'))).toBe('refused');
    await new Promise((r) => setTimeout(r, 1100));
    expect(await outcome(limitB.consume('dev:x'))).toBe('allowed');
    expect(await outcome(limitA.consume('dev:x'))).toBe('refused');
  });
});
