import type postgres from 'postgres';
import { z } from 'zod';
import type { BlobStore } from '../kernel/blobs.js';
import { putInChunks, readInChunks, staleUploadBound } from './blobChunks.js';

const blobRow = z.object({ upload_id: z.string(), type: z.string(), size: z.coerce.number() });

/** Blobs in PostgreSQL: every process reads what any process stored, and pg_dump holds them. */
export async function createPostgresBlobs(sql: postgres.Sql): Promise<BlobStore> {
  // A process that stopped mid-upload left chunks no blob names.
  await sql`DELETE FROM blob_chunks WHERE upload_id < ${staleUploadBound()} AND upload_id NOT IN (SELECT upload_id FROM blobs)`;
  const row = async (hash: string) => {
    const [found] = await sql`SELECT upload_id, type, size FROM blobs WHERE hash = ${hash}`;
    return found === undefined ? undefined : blobRow.parse(found);
  };
  const dropChunks = (uploadId: string) => sql`DELETE FROM blob_chunks WHERE upload_id = ${uploadId}`;

  return {
    put: (bytes, type) =>
      putInChunks(bytes, type, {
        insertChunk: (uploadId, index, chunk) => sql`INSERT INTO blob_chunks (upload_id, idx, data) VALUES (${uploadId}, ${index}, ${chunk})`,
        dropChunks,
        finish: (hash, uploadId, type, size) =>
          sql.begin(async (tx) => {
            const inserted = await tx`INSERT INTO blobs (hash, upload_id, type, size, created_at) VALUES (${hash}, ${uploadId}, ${type}, ${size}, ${new Date().toISOString()}) ON CONFLICT (hash) DO NOTHING`;
            // Stored already (another process, the same bytes): the first copy stays, this one goes.
            if (inserted.count === 0) await tx`DELETE FROM blob_chunks WHERE upload_id = ${uploadId}`;
          }),
        storedType: async (hash) => (await row(hash))?.type,
      }),
    async info(hash) {
      const found = await row(hash);
      return found && { hash, type: found.type, size: found.size };
    },
    async *read(hash, start, end) {
      const found = await row(hash);
      if (!found) return;
      yield* readInChunks(found, start, end, async (uploadId, index) => {
        const [chunk] = await sql`SELECT data FROM blob_chunks WHERE upload_id = ${uploadId} AND idx = ${index}`;
        return chunk?.data;
      });
    },
    async usage() {
      const [counted] = await sql`SELECT (SELECT COUNT(*) FROM blobs)::bigint AS blobs, (SELECT COALESCE(SUM(octet_length(data)), 0) FROM blob_chunks)::bigint AS bytes`;
      return { blobs: Number(counted?.blobs ?? 0), bytes: Number(counted?.bytes ?? 0) };
    },
  };
}
