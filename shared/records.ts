/**
 * A record entry by id, own properties only: ids come from clients, and `constructor` or
 * `__proto__` must find nothing rather than something from Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
