import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BlobStore } from '../../server/kernel/blobs.js';
import { blobChunkBytes } from '../../server/store/blobChunks.js';

/** A fresh, empty store's blobs, and how to get rid of the store. */
export type BlobStoreFactory = () => Promise<{ blobs: BlobStore; dispose(): Promise<void> }>;

/** The bytes in pieces of the given sizes, as a request body arrives. */
async function* pieces(bytes: Buffer, sizes: readonly number[]) {
  let at = 0;
  for (let i = 0; at < bytes.length; i += 1) {
    const size = sizes[i % sizes.length] ?? bytes.length;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function readAll(blobs: BlobStore, hash: string, start: number, end: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of blobs.read(hash, start, end)) parts.push(part);
  return Buffer.concat(parts);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What every store promises of its uploaded files (SQLite and PostgreSQL), as one suite. */
export function registerBlobStoreContractTests(name: string, factory: BlobStoreFactory): void {
  describe(`the ${name} store's blobs`, () => {
    const open: { dispose(): Promise<void> }[] = [];
    afterEach(async () => {
      for (const o of open.splice(0)) await o.dispose();
    });
    const fresh = async () => {
      const made = await factory();
      open.push(made);
      return made.blobs;
    };
    // Two and a half chunks: a range read crosses chunk borders.
    const video = randomBytes(blobChunkBytes * 2 + blobChunkBytes / 2 + 7);

    it('stores bytes arriving in pieces of any size under their SHA-256, and gives them back whole and in ranges', async () => {
      const blobs = await fresh();
      const stored = await blobs.put(pieces(video, [1000, 300_000, 17]), 'video/mp4');
      expect(stored).toEqual({ hash: sha256(video), type: 'video/mp4', size: video.length });
      expect(await blobs.info(stored.hash)).toEqual(stored);
      expect((await readAll(blobs, stored.hash, 0, video.length - 1)).equals(video)).toBe(true);
      for (const [start, end] of [[0, 0], [blobChunkBytes - 3, blobChunkBytes + 3], [100, blobChunkBytes * 2 + 50], [video.length - 10, video.length - 1]] as const) {
        expect((await readAll(blobs, stored.hash, start, end)).equals(video.subarray(start, end + 1))).toBe(true);
      }
      // A range past the end stops at the last byte.
      expect((await readAll(blobs, stored.hash, video.length - 2, video.length + 100)).equals(video.subarray(-2))).toBe(true);
    });

    it('keeps the same bytes once, however often they are uploaded', async () => {
      const blobs = await fresh();
      const first = await blobs.put(pieces(video, [64 * 1024]), 'video/webm');
      const second = await blobs.put(pieces(video, [video.length]), 'video/webm');
      expect(second).toEqual(first);
      expect(await blobs.usage()).toEqual({ blobs: 1, bytes: video.length });
    });

    it('keeps nothing of an upload whose bytes fail midway (too large, wrong type, connection lost), and says why', async () => {
      const blobs = await fresh();
      async function* broken() {
        yield video.subarray(0, blobChunkBytes * 2);
        throw new Error('the phone went away');
      }
      await expect(blobs.put(broken(), 'video/mp4')).rejects.toThrow('the phone went away');
      expect(await blobs.usage()).toEqual({ blobs: 0, bytes: 0 });
      expect(await blobs.info(sha256(video.subarray(0, blobChunkBytes * 2)))).toBeUndefined();
    });

    it('knows nothing of a hash it never stored, and reads nothing for it', async () => {
      const blobs = await fresh();
      const unknown = sha256(Buffer.from('nie hochgeladen'));
      expect(await blobs.info(unknown)).toBeUndefined();
      expect((await readAll(blobs, unknown, 0, 100)).length).toBe(0);
    });

    it('stores an empty file too', async () => {
      const blobs = await fresh();
      const empty = await blobs.put(pieces(Buffer.alloc(0), [1]), 'image/png');
      expect(empty).toEqual({ hash: sha256(Buffer.alloc(0)), type: 'image/png', size: 0 });
      expect(await blobs.info(empty.hash)).toEqual(empty);
    });
  });
}
