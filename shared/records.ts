/**
 * A record entry by id, own properties only: ids come from clients, and `constructor` or
 * `__proto__` must find nothing rather than something from Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/**
 * How a reduction writes the records it changes; the caller of the reducer chooses. The state is
 * immutable, so adding one question copies the whole question record: fine for a phone, quadratic
 * for a server that takes hundreds of questions in one commit or replays thousands at start.
 */
export interface RecordWrites {
  /** A record the reduction may write to. */
  writable<T>(record: Readonly<Record<string, T>>): Record<string, T>;
}

/** Every change copies the records it touches: every state handed out stays as it was. */
export const copyOnWrite: RecordWrites = { writable: (record) => ({ ...record }) };

/**
 * One batch of reductions: a record copied once in the batch is written again in place. Only for
 * a caller that holds none of the batch's in-between states (synchronous work that hands out the
 * final state alone); records from before the batch are never touched.
 */
export function batchWrites(): RecordWrites {
  const owned = new WeakSet<object>();
  return {
    writable<T>(record: Readonly<Record<string, T>>): Record<string, T> {
      if (owned.has(record)) return record;
      const copy = { ...record };
      owned.add(copy);
      return copy;
    },
  };
}

/** Sets an entry as an own property: assigning to an id such as "__proto__" would set the prototype. */
export function put<T>(record: Record<string, T>, id: string, value: T): void {
  Object.defineProperty(record, id, { value, writable: true, enumerable: true, configurable: true });
}

/** The record with `id` removed, or the record itself when it has no such entry. */
export function without<T>(writes: RecordWrites, record: Readonly<Record<string, T>>, id: string): Readonly<Record<string, T>> {
  if (!Object.hasOwn(record, id)) return record;
  const next = writes.writable(record);
  delete next[id];
  return next;
}
