import { createHash, randomUUID } from 'node:crypto';
import type { BlobInfo } from '../kernel/blobs.js';

/** Bytes per stored chunk: a range read of a video reads a few of them, never the whole file. */
export const blobChunkBytes = 256 * 1024;

/** Unfinished uploads older than this are a process that died mid-upload: their chunks go. */
export const unfinishedUploadMs = 24 * 60 * 60 * 1000;

/** An upload's id, its start time first, so old unfinished ones are found by comparing ids. */
export function newUploadId(now = Date.now()): string {
  return `${new Date(now).toISOString()}_${randomUUID()}`;
}

/** The id every upload started before `now - unfinishedUploadMs` sorts below. */
export function staleUploadBound(now = Date.now()): string {
  return new Date(now - unfinishedUploadMs).toISOString();
}

/** The incoming pieces (any sizes) as chunks of `size` bytes, the last one shorter; counts and hashes them. */
export async function* fixedChunks(bytes: AsyncIterable<Uint8Array>, digest: { hash: ReturnType<typeof createHash>; size: number }, size = blobChunkBytes) {
  let pending = Buffer.alloc(0);
  for await (const piece of bytes) {
    digest.hash.update(piece);
    digest.size += piece.length;
    pending = pending.length === 0 ? Buffer.from(piece) : Buffer.concat([pending, piece]);
    while (pending.length >= size) {
      yield pending.subarray(0, size);
      pending = pending.subarray(size);
    }
  }
  if (pending.length > 0) yield pending;
}

export function newDigest() {
  return { hash: createHash('sha256'), size: 0 };
}

/** Which chunks hold bytes `start` to `end`, and where in each the range begins and ends. */
export function chunkSpans(start: number, end: number, size = blobChunkBytes): { index: number; from: number; to: number }[] {
  const spans = [];
  for (let index = Math.floor(start / size); index <= Math.floor(end / size); index += 1) {
    const first = index * size;
    spans.push({ index, from: Math.max(start, first) - first, to: Math.min(end, first + size - 1) - first + 1 });
  }
  return spans;
}

/** What a store does with chunks; each may answer at once (SQLite) or later (PostgreSQL). */
export interface ChunkWrites {
  insertChunk(uploadId: string, index: number, chunk: Uint8Array): unknown;
  dropChunks(uploadId: string): unknown;
  /** Names the upload's chunks by the hash; when the hash is stored already, drops them and keeps the first copy. */
  finish(hash: string, uploadId: string, type: string, size: number): unknown;
  /** The type the stored copy has (the first upload's). */
  storedType(hash: string): Promise<string | undefined> | string | undefined;
}

/** `BlobStore.put` for either store: chunks as they arrive, then the hash; nothing stays of a failed upload. */
export async function putInChunks(bytes: AsyncIterable<Uint8Array>, type: string, store: ChunkWrites): Promise<BlobInfo> {
  const uploadId = newUploadId();
  const digest = newDigest();
  let index = 0;
  try {
    for await (const chunk of fixedChunks(bytes, digest)) await store.insertChunk(uploadId, index++, chunk);
  } catch (error) {
    await Promise.resolve(store.dropChunks(uploadId)).catch(() => undefined);
    throw error;
  }
  const hash = digest.hash.digest('hex');
  await store.finish(hash, uploadId, type, digest.size);
  return { hash, type: (await store.storedType(hash)) ?? type, size: digest.size };
}

/** `BlobStore.read` for either store: the chunks of bytes `start` to `end` of an upload `size` bytes long. */
export async function* readInChunks(
  found: { upload_id: string; size: number },
  start: number,
  end: number,
  readChunk: (uploadId: string, index: number) => Promise<unknown> | unknown,
): AsyncIterable<Uint8Array> {
  for (const span of chunkSpans(start, Math.min(end, found.size - 1))) {
    const data = await readChunk(found.upload_id, span.index);
    if (!(data instanceof Uint8Array)) return;
    yield data.subarray(span.from, span.to);
  }
}
