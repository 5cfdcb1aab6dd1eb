/**
 * Single lookups made in the same turn of the event loop, asked as one: with PostgreSQL, every
 * command's "was this id done before?" would otherwise be its own round trip.
 */
export function lookupPerTick<V>(lookupAll: (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>): (key: string) => Promise<V | undefined> {
  let waiting = new Map<string, ((found: Promise<V | undefined>) => void)[]>();

  function flush(): void {
    const due = waiting;
    waiting = new Map();
    const all = lookupAll([...due.keys()]);
    for (const [key, waiters] of due) {
      const found = all.then((map) => map.get(key));
      waiters.forEach((resolve) => resolve(found));
    }
  }

  return (key) =>
    new Promise((resolve) => {
      if (waiting.size === 0) setImmediate(flush);
      const waiters = waiting.get(key);
      if (waiters) waiters.push(resolve);
      else waiting.set(key, [resolve]);
    });
}
