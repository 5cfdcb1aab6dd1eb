import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { registerStoreContractTests } from '../support/storeContract.js';

registerStoreContractTests('SQLite', async () => {
  const store = createSqliteStore({ filename: ':memory:' });
  return { store, dispose: () => store.close() };
});
