import { describe, expect, it } from 'vitest';
import { createTurnSlices } from '../../server/kernel/turnSlices.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A clock that each piece of work advances by its cost, so a turn's budget is counted exactly. */
function costedClock() {
  let at = 0;
  return { now: () => at, spend: (ms: number) => (at += ms) };
}

describe('turn slices (a reconnect storm spread over the loop’s turns)', () => {
  it('runs work at once while the turn has budget, then leaves the rest for later turns, in arrival order', async () => {
    const clock = costedClock();
    const slices = createTurnSlices(10, clock.now);
    const ran: number[] = [];
    for (let k = 0; k < 7; k += 1) slices.run(() => (ran.push(k), clock.spend(4)));
    // 4 + 4 + 4 ms: the third piece used the turn's last budget.
    expect(ran).toEqual([0, 1, 2]);
    expect(slices.waiting()).toBe(4);
    await nextTurn();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
    await nextTurn();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(slices.waiting()).toBe(0);
  });

  it('never runs a newcomer before what waits, even when a new turn has budget again', async () => {
    const clock = costedClock();
    const slices = createTurnSlices(10, clock.now);
    const ran: string[] = [];
    slices.run(() => (ran.push('a'), clock.spend(12)));
    slices.run(() => ran.push('b'));
    slices.run(() => ran.push('c'));
    expect(ran).toEqual(['a']);
    await nextTurn();
    slices.run(() => ran.push('d'));
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps going after a piece throws', async () => {
    const clock = costedClock();
    const slices = createTurnSlices(10, clock.now);
    const ran: string[] = [];
    const errors = console.error;
    console.error = () => {};
    try {
      slices.run(() => clock.spend(20));
      slices.run(() => {
        throw new Error('broken');
      });
      slices.run(() => ran.push('after'));
      await nextTurn();
    } finally {
      console.error = errors;
    }
    expect(ran).toEqual(['after']);
  });
});
