import { chmodSync, closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const staffCodesFileName = 'staff-codes.json';

/** The staff links of the start that made them, for the operator only. */
export interface StaffLinks {
  organizer: string;
  moderator?: string;
}

/**
 * Writes the links beside the database, readable by the owner only, atomically: a temporary file
 * in the same folder, synced, then renamed over the old one, so a crash leaves the old file or the
 * new one, never half of one, and the links are never readable by others for a moment.
 */
export function writeStaffCodesFile(dataDir: string, links: StaffLinks, createdAt: string): string {
  const file = join(dataDir, staffCodesFileName);
  const temporary = join(dataDir, `.${staffCodesFileName}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify({ ...links, createdAt }, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    chmodSync(temporary, 0o600); // the mode of open() only applies to a file it creates
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return file;
}

/** A file from an older version may be readable by everyone: made the owner's at every start. */
export function hardenStaffCodesFile(dataDir: string): string | null {
  const file = join(dataDir, staffCodesFileName);
  if (!existsSync(file)) return null;
  chmodSync(file, 0o600);
  return file;
}
