import { createPostgresStore } from '../../server/store/postgresStore.js';
import { emptiedDatabase } from '../support/postgres.js';
import { registerConvergenceProperty } from '../support/syncConvergence.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();

const emptied = emptiedDatabase(cluster);

// Fewer runs than on SQLite: each restart opens new connections. The same property, the same steps.
registerConvergenceProperty(
  'PostgreSQL',
  async () => {
    const url = await emptied();
    return { open: () => createPostgresStore(url, { max: 3 }), remove: async () => {} };
  },
  Number(process.env.SYNC_PROPERTY_RUNS ?? 15),
);
