import { afterAll, beforeAll } from 'vitest';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import type { Store } from '../../server/kernel/store.js';
import { startPostgres, type ThrowawayPostgres } from './postgres.js';

/** A throwaway PostgreSQL for one test file: started before its tests, removed after them. */
export function useThrowawayPostgres(): () => ThrowawayPostgres {
  let cluster: ThrowawayPostgres | undefined;
  beforeAll(async () => {
    cluster = await startPostgres();
  }, 120_000);
  afterAll(() => cluster?.remove());
  return () => {
    if (!cluster) throw new Error('the throwaway PostgreSQL has not started');
    return cluster;
  };
}

/** The same, with stores opened as processes would open them, on a new database each time; closed after the file. */
export function usePostgresStores(): { cluster: () => ThrowawayPostgres; twoProcesses(): Promise<[Store, Store]> } {
  const cluster = useThrowawayPostgres();
  const stores: Store[] = [];
  afterAll(async () => {
    for (const store of stores) await store.close();
  });
  return {
    cluster,
    async twoProcesses() {
      const url = await cluster().createDatabase();
      const pair: [Store, Store] = [await createPostgresStore(url, { max: 3 }), await createPostgresStore(url, { max: 3 })];
      stores.push(...pair);
      return pair;
    },
  };
}
