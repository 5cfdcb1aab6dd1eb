import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';
import { reserveWal } from './walReserve.js';
import { assertWritable } from './writableFiles.js';
import { createSqliteAccess } from './sqliteAccess.js';
import { createSqliteBlobs } from './sqliteBlobs.js';
import { createSqliteDrops } from './sqliteDrops.js';
import { createSqliteLog } from './sqliteLog.js';
import { createSqliteSeries } from './sqliteSeries.js';
import type { Store } from '../kernel/store.js';

function restrictToOwner(filename: string): void {
  try {
    if ((statSync(filename).mode & 0o077) !== 0) chmodSync(filename, 0o600);
  } catch (error) {
    console.error(`could not make ${filename} readable by its owner only`, error);
  }
}

export interface SqliteStoreOptions {
  /** A file path, or ':memory:' for tests. */
  filename: string;
  /** FULL makes an acknowledged commit survive power loss, not only a process crash. */
  synchronous?: 'FULL' | 'NORMAL';
}

export function createSqliteStore({ filename, synchronous = 'FULL' }: SqliteStoreOptions): Store {
  if (filename !== ':memory:') {
    mkdirSync(dirname(filename), { recursive: true });
    assertWritable(filename);
  }
  const db = new Database(filename);
  // The log holds names people typed: readable by the operator only (also a file from older versions).
  if (filename !== ':memory:') restrictToOwner(filename);
  db.pragma('journal_mode = WAL');
  // Deleted content is overwritten, not only unlinked: a deleted question's text leaves the file.
  db.pragma('secure_delete = ON');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  if (filename !== ':memory:') reserveWal(db, filename);
  return {
    kind: 'sqlite',
    log: createSqliteLog(db, filename),
    access: createSqliteAccess(db),
    drops: createSqliteDrops(db),
    blobs: createSqliteBlobs(db),
    series: createSqliteSeries(db),
    // Each event of a series in its own file beside the installation's (an in-memory one beside an in-memory one).
    openSibling: async (location) => createSqliteStore({ filename: filename === ':memory:' ? ':memory:' : join(dirname(filename), location), synchronous }),
    siblingLocation: (eventId) => join('events', `${eventId.replace(/[^a-zA-Z0-9_-]+/g, '-')}.db`),
    close: async () => void db.close(),
  };
}
