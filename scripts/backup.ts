import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfig } from '../server/config.js';
import { runningMarkName, runningServer } from '../server/ops/runningMark.js';
import { backupInstallation, type EventCopy } from '../server/store/backupInstallation.js';
import { backupPostgres } from '../server/store/postgresBackup.js';

/**
 * `npm run backup -- TARGET`: every event of the installation, while it runs. SQLite: a new folder
 * laid out as DATA_DIR; PostgreSQL (DATABASE_URL): one pg_dump file. docs/deployment.md#backup-and-restore
 */
const usage = 'usage: npm run backup -- TARGET [--server-stopped]   (e.g. npm run backup -- /media/usb/ortstermin-1030)';
const args = process.argv.slice(2);
const target = args.find((arg) => !arg.startsWith('--'));
const serverStopped = args.includes('--server-stopped');
if (!target || args.some((arg) => arg.startsWith('--') && arg !== '--server-stopped')) {
  console.error(usage);
  process.exit(2);
}
// The copies hold names people typed: for the operator only.
process.umask(0o077);

/** Refuses a folder no running server writes: that copy would be an old database called current (issue 29). */
function checkSqliteSource(dataDir: string): void {
  const running = runningServer(dataDir);
  const database = join(dataDir, 'ortstermin.db');
  if (serverStopped) {
    if (running) throw new Error(`the server (process ${running.pid}) still runs on ${dataDir}: leave out --server-stopped`);
    return;
  }
  if (!running) {
    throw new Error(`no running server announces ${dataDir} (${runningMarkName}): set DATA_DIR to the running server's, or add --server-stopped when it is stopped`);
  }
  if (realpathSync(running.database) !== realpathSync(database)) {
    throw new Error(`the server running on ${dataDir} writes ${running.database}, not ${database}: check DATA_DIR`);
  }
}

async function backup(to: string): Promise<EventCopy[]> {
  const config = readConfig();
  if (config.databaseUrl) return backupPostgres(config.databaseUrl, to);
  checkSqliteSource(config.dataDir);
  return backupInstallation(config.dataDir, to);
}

try {
  const to = resolve(target);
  const copies = await backup(to);
  const events = copies.map((copy) => `${copy.location} up to change ${copy.seq}`).join(', ');
  console.log(`Backup written: ${to} (${copies.length} event${copies.length === 1 ? '' : 's'}: ${events}). Restore: docs/deployment.md#backup-and-restore`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
