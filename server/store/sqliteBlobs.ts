import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { BlobInfo, BlobStore } from '../kernel/blobs.js';
import { putInChunks, readInChunks, staleUploadBound } from './blobChunks.js';

const blobRow = z.object({ upload_id: z.string(), type: z.string(), size: z.number() });

/** Blobs in the installation's SQLite file, so the backup's copy of it holds them too. */
export function createSqliteBlobs(db: Database): BlobStore {
  const insertChunk = db.prepare('INSERT INTO blob_chunks (upload_id, idx, data) VALUES (?, ?, ?)');
  const insertBlob = db.prepare('INSERT OR IGNORE INTO blobs (hash, upload_id, type, size, created_at) VALUES (?, ?, ?, ?, ?)');
  const dropChunks = db.prepare('DELETE FROM blob_chunks WHERE upload_id = ?');
  const findBlob = db.prepare('SELECT upload_id, type, size FROM blobs WHERE hash = ?');
  const readChunk = db.prepare('SELECT data FROM blob_chunks WHERE upload_id = ? AND idx = ?').pluck();
  // A process that stopped mid-upload left chunks no blob names.
  db.prepare('DELETE FROM blob_chunks WHERE upload_id < ? AND upload_id NOT IN (SELECT upload_id FROM blobs)').run(staleUploadBound());

  const row = (hash: string) => {
    const found = findBlob.get(hash);
    return found === undefined ? undefined : blobRow.parse(found);
  };
  const finish = db.transaction((hash: string, uploadId: string, type: string, size: number) => {
    // Stored already (by this upload's twin): the first copy stays, this one goes.
    if (insertBlob.run(hash, uploadId, type, size, new Date().toISOString()).changes === 0) dropChunks.run(uploadId);
  });

  return {
    put: (bytes, type) =>
      putInChunks(bytes, type, {
        insertChunk: (uploadId, index, chunk) => insertChunk.run(uploadId, index, chunk),
        dropChunks: (uploadId) => dropChunks.run(uploadId),
        finish,
        storedType: (hash) => row(hash)?.type,
      }),
    async info(hash) {
      const found = row(hash);
      return found && ({ hash, type: found.type, size: found.size } satisfies BlobInfo);
    },
    async *read(hash, start, end) {
      const found = row(hash);
      if (found) yield* readInChunks(found, start, end, (uploadId, index) => readChunk.get(uploadId, index));
    },
    async usage() {
      const blobs = Number(db.prepare('SELECT COUNT(*) FROM blobs').pluck().get());
      const bytes = Number(db.prepare('SELECT COALESCE(SUM(length(data)), 0) FROM blob_chunks').pluck().get());
      return { blobs, bytes };
    },
  };
}
