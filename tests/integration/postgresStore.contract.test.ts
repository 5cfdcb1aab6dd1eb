import { afterAll, beforeAll } from 'vitest';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { startPostgres, type ThrowawayPostgres } from '../support/postgres.js';
import { registerStoreContractTests } from '../support/storeContract.js';

let cluster: ThrowawayPostgres;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.remove());

registerStoreContractTests('PostgreSQL', async () => {
  const store = await createPostgresStore(await cluster.createDatabase(), { max: 2 });
  return { store, dispose: () => store.close() };
});
