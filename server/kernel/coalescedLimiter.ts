import { RateLimiterRes } from 'rate-limiter-flexible';
import { perTurn } from './perTurn.js';

/** What the commands' and device ids' limits need of a limiter: one point at a time, refused with a `RateLimiterRes`. */
export interface Limiter {
  consume(key: string): Promise<unknown>;
}

/** The library's limiters, with the budget they hold per key. */
interface CountingLimiter {
  readonly points: number;
  consume(key: string, points: number): Promise<RateLimiterRes>;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
}

/**
 * A shared limiter costs a database round trip and a row lock per call, and a venue's phones
 * share a few addresses: hundreds of questions a second would queue on one row. So the calls
 * for one key in the same turn of the event loop become one `consume(key, n)`; of those n, as
 * many pass, in order, as the budget had left before them, exactly as n separate calls would.
 */
export function coalescedLimiter(limiter: CountingLimiter): Limiter {
  function settle(waiters: Waiter[], allowed: number, refusal: unknown): void {
    waiters.forEach((waiter, i) => (i < allowed ? waiter.resolve() : waiter.reject(refusal)));
  }

  async function consumeAll(key: string, waiters: Waiter[]): Promise<void> {
    try {
      await limiter.consume(key, waiters.length);
      settle(waiters, waiters.length, null);
    } catch (refusal) {
      // Refused: the budget was used up within these n (the counter now holds what was there before, plus n).
      const before = refusal instanceof RateLimiterRes ? refusal.consumedPoints - waiters.length : limiter.points;
      settle(waiters, refusal instanceof RateLimiterRes ? Math.max(0, limiter.points - before) : 0, refusal);
    }
  }

  const consume = perTurn<string, Waiter>((due) => due.forEach((waiters, key) => void consumeAll(key, waiters)));
  return { consume: (key) => new Promise<void>((resolve, reject) => consume(key, { resolve, reject })) };
}
