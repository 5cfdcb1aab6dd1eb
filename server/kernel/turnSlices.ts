/**
 * Work that arrives in bursts (thousands of phones reconnecting when the hall's Wi-Fi returns)
 * spread over turns of the event loop: each turn does at most `budgetMs` of it, the rest waits in
 * arrival order for the next turns, so timers, live changes and commands are never held up for
 * long. One per process (the loop is the process's), handed to what needs it.
 */
export interface TurnSlices {
  /** Runs `piece` now if this turn has budget left and nothing waits before it, else in a later turn. */
  run(piece: () => void): void;
  /** Pieces waiting for a later turn. */
  waiting(): number;
}

export function createTurnSlices(budgetMs = 10, now: () => number = () => performance.now()): TurnSlices {
  const queue: (() => void)[] = [];
  let spent = 0;
  let turnEnds = false;

  function timed(piece: () => void): void {
    const started = now();
    try {
      piece();
    } catch (error) {
      console.error('a deferred piece of work failed', error);
    } finally {
      spent += now() - started;
    }
  }

  // setImmediate runs once per turn, after the turn's I/O: the budget starts again there.
  function nextTurn(): void {
    turnEnds = false;
    spent = 0;
    while (queue.length > 0 && spent < budgetMs) timed(queue.shift()!);
    if (queue.length > 0 || spent > 0) endOfTurn();
  }

  function endOfTurn(): void {
    if (turnEnds) return;
    turnEnds = true;
    setImmediate(nextTurn);
  }

  return {
    run(piece) {
      if (queue.length === 0 && spent < budgetMs) timed(piece);
      else queue.push(piece);
      endOfTurn();
    },
    waiting: () => queue.length,
  };
}
