import { perTurn } from '../kernel/perTurn.js';

/**
 * Single lookups made in the same turn of the event loop, asked as one: with PostgreSQL, every
 * command's "was this id done before?" would otherwise be its own round trip.
 */
export function lookupPerTick<V>(lookupAll: (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>): (key: string) => Promise<V | undefined> {
  const ask = perTurn<string, (found: Promise<V | undefined>) => void>((due) => {
    const all = lookupAll([...due.keys()]);
    for (const [key, waiters] of due) waiters.forEach((resolve) => resolve(all.then((map) => map.get(key))));
  });
  return (key) => new Promise((resolve) => ask(key, resolve));
}
