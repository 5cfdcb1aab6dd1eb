import { sniffBytes } from './fileTypes.js';

/** Why an upload is refused: larger than allowed, or its bytes are not a type the route takes. */
export class UploadRefusedError extends Error {
  constructor(readonly code: 'too_large' | 'wrong_file_type') {
    super(code === 'too_large' ? 'the file is larger than allowed' : 'the file is not of a type accepted here');
  }
}

export interface OpenedUpload<T extends string> {
  /** The type its first bytes show (and the request declared). */
  type: T;
  /** Every byte, as it arrives; throws UploadRefusedError('too_large') once more than the limit came. */
  bytes: AsyncIterable<Uint8Array>;
}

/**
 * A request body read as it arrives, never held whole: its first bytes must show one of the
 * accepted types, the same one the request declares, and it may not pass `maxBytes`. Refuses at
 * once when the declared length is too large or the first bytes are wrong.
 */
export async function openUpload<T extends string>(
  request: Request,
  options: { maxBytes: number; sniff: (head: Uint8Array) => string | null; accepted: readonly T[] },
): Promise<OpenedUpload<T>> {
  const declared = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const type = options.accepted.find((accepted) => accepted === declared);
  if (!type || !request.body) throw new UploadRefusedError('wrong_file_type');
  if (Number(request.headers.get('content-length') ?? 0) > options.maxBytes) throw new UploadRefusedError('too_large');
  const reader = request.body.getReader();
  let received = 0;
  const next = async () => {
    const { done, value } = await reader.read();
    if (done) return null;
    received += value.length;
    if (received > options.maxBytes) throw new UploadRefusedError('too_large');
    return value;
  };
  const head: Uint8Array[] = [];
  for (let length = 0; length < sniffBytes; ) {
    const piece = await next().catch((error: unknown) => (void reader.cancel(), Promise.reject(error)));
    if (!piece) break;
    head.push(piece);
    length += piece.length;
  }
  const first = Buffer.concat(head);
  if (options.sniff(first) !== type) {
    void reader.cancel();
    throw new UploadRefusedError('wrong_file_type');
  }
  async function* bytes() {
    try {
      yield first;
      for (let piece = await next(); piece; piece = await next()) yield piece;
    } finally {
      void reader.cancel().catch(() => undefined);
    }
  }
  return { type, bytes: bytes() };
}
