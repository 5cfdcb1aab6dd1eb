/**
 * Calls made in one turn of the event loop, grouped by key, handed over together when the turn
 * ends: with a shared database, many small statements of a busy moment become one each turn.
 */
export function perTurn<K, T>(flush: (due: Map<K, T[]>) => void): (key: K, item: T) => void {
  let due = new Map<K, T[]>();
  return (key, item) => {
    if (due.size === 0) {
      setImmediate(() => {
        const now = due;
        due = new Map();
        flush(now);
      });
    }
    const list = due.get(key);
    if (list) list.push(item);
    else due.set(key, [item]);
  };
}
