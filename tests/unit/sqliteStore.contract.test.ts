import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { registerStoreContractTests } from '../support/storeContract.js';
import { registerBlobStoreContractTests } from '../support/blobStoreContract.js';

registerStoreContractTests('SQLite', async () => {
  const store = createSqliteStore({ filename: ':memory:' });
  return { store, dispose: () => store.close() };
});

registerBlobStoreContractTests('SQLite', async () => {
  const store = createSqliteStore({ filename: ':memory:' });
  return { blobs: store.blobs, dispose: () => store.close() };
});
