import { describe, expect, it } from 'vitest';
import { refusalDelayMs } from '../../client/sync/refusalBackoff.js';

describe('the wait after a refusal for load', () => {
  it('doubles from 2 s to at most a minute, spread ±50 %', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => refusalDelayMs(n, middle))).toEqual([2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    expect(refusalDelayMs(1, () => 0)).toBe(1000);
    expect(refusalDelayMs(1, () => 0.999)).toBe(2998);
  });
});
