import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { registerBlobStoreContractTests } from '../support/blobStoreContract.js';
import { registerStoreContractTests } from '../support/storeContract.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();

registerStoreContractTests('PostgreSQL', async () => {
  const store = await createPostgresStore(await cluster().createDatabase(), { max: 2 });
  return { store, dispose: () => store.close() };
});

registerBlobStoreContractTests('PostgreSQL', async () => {
  const store = await createPostgresStore(await cluster().createDatabase(), { max: 2 });
  return { blobs: store.blobs, dispose: () => store.close() };
});

it('gives a file one process stored to every other process on the database', async () => {
  const url = await cluster().createDatabase();
  const [one, other] = [await createPostgresStore(url, { max: 2 }), await createPostgresStore(url, { max: 2 })];
  try {
    const bytes = randomBytes(300_000);
    const stored = await one.blobs.put((async function* () { yield bytes; })(), 'video/webm');
    expect(await other.blobs.info(stored.hash)).toEqual(stored);
    const parts: Uint8Array[] = [];
    for await (const part of other.blobs.read(stored.hash, 0, bytes.length - 1)) parts.push(part);
    expect(Buffer.concat(parts).equals(bytes)).toBe(true);
  } finally {
    await Promise.all([one.close(), other.close()]);
  }
});
