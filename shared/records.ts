/**
 * A record entry by id, own properties only: ids come from clients, and `constructor` or
 * `__proto__` must find nothing rather than something from Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/*
 * Copy-on-write within a batch. The state is immutable, so adding one question copies the whole
 * question record: fine for a phone, quadratic for a server that takes hundreds of questions in
 * one commit or replays thousands at start. Inside `inBatch`, a record copied once may be written
 * again in place: nobody can hold the batch's in-between states (the work is synchronous), and
 * records from before the batch are never touched, so every state handed out stays as it was.
 */
let owned: WeakSet<object> | null = null;

/** Runs `work` as one batch of reductions; nested calls join the outer batch. */
export function inBatch<T>(work: () => T): T {
  if (owned) return work();
  owned = new WeakSet();
  try {
    return work();
  } finally {
    owned = null;
  }
}

/** A record the caller may write to: a copy, or, inside a batch, the copy this batch made already. */
export function writable<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  if (owned?.has(record)) return record;
  const copy = { ...record };
  owned?.add(copy);
  return copy;
}

/** Sets an entry as an own property: assigning to an id such as "__proto__" would set the prototype. */
export function put<T>(record: Record<string, T>, id: string, value: T): void {
  Object.defineProperty(record, id, { value, writable: true, enumerable: true, configurable: true });
}
