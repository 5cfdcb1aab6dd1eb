import { join } from 'node:path';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { registerConvergenceProperty } from '../support/syncConvergence.js';
import { tempDir } from '../support/testServer.js';

// Sixty runs of up to forty steps on SQLite files: seconds, more on a busy machine.
// Mutation testing (vitest.mutate.config.ts) runs fewer: it reruns this for every mutant it covers.
registerConvergenceProperty(
  'SQLite',
  async () => {
    // Each run owns its folder and removes it itself.
    const dir = tempDir('ortstermin-sync-');
    const filename = join(dir.path, 'run.db');
    return { open: async () => createSqliteStore({ filename, synchronous: 'NORMAL' }), remove: async () => dir.remove() };
  },
  Number(process.env.SYNC_PROPERTY_RUNS ?? 60),
);
