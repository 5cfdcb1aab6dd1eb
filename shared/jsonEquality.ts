/* Comparing values by their JSON: plain functions, no zod (the first page uses them too). */

/** JSON with keys sorted, so the same value with its keys in another order writes the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Whether two values write the same JSON: how a handler or a screen tells "nothing changed".
 * Keys count in their order (both sides come from the same schema or code), and a member that is
 * undefined counts as absent, as in JSON.
 */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
