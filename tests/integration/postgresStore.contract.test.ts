import { createPostgresStore } from '../../server/store/postgresStore.js';
import { registerStoreContractTests } from '../support/storeContract.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();

registerStoreContractTests('PostgreSQL', async () => {
  const store = await createPostgresStore(await cluster().createDatabase(), { max: 2 });
  return { store, dispose: () => store.close() };
});
