import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

/** A database file (or its folder, or its journal) this process may read but not write. */
export class UnwritableDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not writable for this user`);
  }
}

/**
 * Checked before SQLite opens the file: SQLite opens a file it may not write read-only without a
 * word, and the server then looked ready while every command failed with "readonly database".
 * A backup restored as root (owned by root, 0644) is the usual cause.
 */
export function assertWritable(filename: string): void {
  // The folder first (SQLite creates the journal files beside the database): its error keeps its code (EACCES).
  accessSync(dirname(filename), constants.R_OK | constants.W_OK);
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`].filter((f) => existsSync(f))) {
    if (!mayWrite(file)) throw new UnwritableDatabaseError(file);
  }
}

function mayWrite(file: string): boolean {
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
