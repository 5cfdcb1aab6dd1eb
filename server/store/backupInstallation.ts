import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { backupDatabase } from './backup.js';

export interface EventCopy {
  /** Its file inside the backup folder, as inside DATA_DIR: `ortstermin.db`, `events/<id>.db`. */
  location: string;
  seq: number;
}

/**
 * Every event of a SQLite installation into a new folder laid out as DATA_DIR: the installation's
 * database first, then the events its copy lists. An event made during the backup is not in
 * that copy's list, so it is left out whole rather than half in.
 */
export async function backupInstallation(dataDir: string, targetDir: string): Promise<EventCopy[]> {
  try {
    mkdirSync(targetDir, { mode: 0o700 });
  } catch {
    throw new Error(`${targetDir} exists already (or its parent does not); name a new folder`);
  }
  try {
    const home = await backupDatabase(join(dataDir, 'ortstermin.db'), join(targetDir, 'ortstermin.db'));
    const copies: EventCopy[] = [{ location: 'ortstermin.db', seq: home.seq }];
    for (const location of eventLocations(join(targetDir, 'ortstermin.db'))) {
      mkdirSync(dirname(join(targetDir, location)), { recursive: true, mode: 0o700 });
      const { seq } = await backupDatabase(join(dataDir, location), join(targetDir, location));
      copies.push({ location, seq });
    }
    return copies;
  } catch (error) {
    rmSync(targetDir, { recursive: true, force: true });
    throw error;
  }
}

const locationRow = z.object({ location: z.string().regex(/^events\/[a-zA-Z0-9_-]+\.db$/) });

/** The other events' files, from the copy's own series records (the first event's log is the file itself). */
function eventLocations(homeCopy: string): string[] {
  const db = new Database(homeCopy, { readonly: true, fileMustExist: true });
  try {
    const hasSeries = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'series_events'").get() !== undefined;
    if (!hasSeries) return [];
    const rows = db.prepare("SELECT location FROM series_events WHERE location <> '' ORDER BY created_at, id").all();
    return rows.map((row) => locationRow.parse(row).location);
  } finally {
    db.close();
  }
}
