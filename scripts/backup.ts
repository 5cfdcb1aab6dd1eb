import { join, resolve } from 'node:path';
import { readConfig } from '../server/config.js';
import { backupDatabase } from '../server/store/backup.js';

/** `npm run backup -- FILE`: a consistent copy of DATA_DIR/ortstermin.db while the event runs. */
const target = process.argv[2];
if (!target) {
  console.error('usage: npm run backup -- FILE   (e.g. npm run backup -- /media/usb/ortstermin-1030.db)');
  process.exit(2);
}
try {
  const source = join(readConfig().dataDir, 'ortstermin.db');
  const { seq } = await backupDatabase(source, resolve(target));
  console.log(`Backup written: ${resolve(target)} (up to change ${seq}). Restore: docs/deployment.md#backup-and-restore`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
