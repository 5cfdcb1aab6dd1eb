import { afterAll, beforeAll } from 'vitest';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { emptiedDatabase, startPostgres, type ThrowawayPostgres } from '../support/postgres.js';
import { registerConvergenceProperty } from '../support/syncConvergence.js';

let cluster: ThrowawayPostgres;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.remove());

const emptied = emptiedDatabase(() => cluster);

// Fewer runs than on SQLite: each restart opens new connections. The same property, the same steps.
registerConvergenceProperty(
  'PostgreSQL',
  async () => {
    const url = await emptied();
    return { open: () => createPostgresStore(url, { max: 3 }), remove: async () => {} };
  },
  Number(process.env.SYNC_PROPERTY_RUNS ?? 15),
);
