import type { FieldIssue } from '../../shared/errors.js';

/**
 * How deep a command's payload may nest. The deepest a real command goes is about 7 (a floor
 * plan's polygon points in stands:import); a few thousand levels fit in the 16 KiB cap, and
 * anything that walks a payload recursively (the command fingerprint, a schema) would overflow.
 */
export const maxPayloadDepth = 32;

/**
 * Refuses a payload nested deeper than `maxPayloadDepth`, found without recursion (so the check
 * cannot overflow itself), before anything else walks it. Extra keys count too: the schema
 * would drop them unseen, but the fingerprint hashes the payload as it came.
 */
export function payloadDepthIssue(payload: unknown): FieldIssue | null {
  const stack: { value: unknown; depth: number }[] = [{ value: payload, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, depth } = next;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxPayloadDepth) return { path: 'payload', message: `nested more than ${maxPayloadDepth} levels deep` };
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}
