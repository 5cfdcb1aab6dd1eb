import { setImmediate as nextTurn } from 'node:timers/promises';

const utf8 = new TextEncoder();
const bytesOf = (text: string) => utf8.encode(text);
const [comma, nullText, openObject, closeObject, openArray, closeArray] = [',', 'null', '{', '}', '[', ']'].map(bytesOf) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function concat(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole;
}

export interface CachedJson {
  /** `JSON.stringify(value)` as UTF-8, at once. */
  bytes(value: unknown): Uint8Array;
  /** The same, the new records encoded in slices of about `sliceMs` with a turn of the event loop between them. */
  bytesInSlices(value: unknown): Promise<Uint8Array>;
}

/**
 * `JSON.stringify` as UTF-8 bytes, with the bytes of each object `levels` deep kept by identity.
 * The state's records are immutable and shared between versions, so after an import slice
 * changes a hundred of 5,000 sessions the next snapshot encodes a hundred sessions and copies the
 * rest; after a whole new programme the sessions are encoded in slices. Either way megabytes of
 * JSON never hold up the thread that answers everyone for long. The bytes are those of
 * `JSON.stringify`'s text, key order and omitted values included.
 */
export function createCachedJson(levels = 3, sliceMs = 4): CachedJson {
  const kept = new WeakMap<object, Uint8Array>();

  function encode(value: unknown, depth: number): Uint8Array {
    if (value === null || typeof value !== 'object') return bytesOf(JSON.stringify(value) ?? 'null');
    const known = kept.get(value);
    if (known !== undefined) return known;
    const bytes = depth >= levels || 'toJSON' in value ? bytesOf(JSON.stringify(value) ?? 'null') : joined(value, depth + 1);
    kept.set(value, bytes);
    return bytes;
  }

  function joined(value: object, depth: number): Uint8Array {
    const array = Array.isArray(value);
    const pieces: Uint8Array[] = [array ? openArray : openObject];
    // Arrays by index, as JSON.stringify walks them: a hole is written as null.
    const entries = Array.isArray(value) ? Array.from(value, (item: unknown, i): [string, unknown] => [String(i), item]) : Object.entries(value);
    for (const [key, item] of entries) {
      if (omitted(item) && !array) continue;
      if (pieces.length > 1) pieces.push(comma);
      if (!array) pieces.push(bytesOf(`${JSON.stringify(key)}:`));
      pieces.push(omitted(item) ? nullText : encode(item, depth));
    }
    pieces.push(array ? closeArray : closeObject);
    return concat(pieces);
  }

  /** Encodes and keeps what is new from the bottom, a turn of the event loop between slices; then joins at once. */
  async function encodeInSlices(value: unknown, depth: number, slice: { due: number }): Promise<Uint8Array> {
    if (value !== null && typeof value === 'object' && depth < levels && !('toJSON' in value) && !kept.has(value)) {
      for (const item of Object.values(value)) {
        if (performance.now() > slice.due) {
          await nextTurn();
          slice.due = performance.now() + sliceMs;
        }
        if (depth + 1 < levels) await encodeInSlices(item, depth + 1, slice);
        else if (item !== null && typeof item === 'object') encode(item, depth + 1);
      }
    }
    return encode(value, depth);
  }

  return {
    bytes: (value) => encode(value, 0),
    bytesInSlices: (value) => encodeInSlices(value, 0, { due: performance.now() + sliceMs }),
  };
}
