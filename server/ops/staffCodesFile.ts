import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const staffCodesFileName = 'staff-codes.json';

/** The staff links of the start that made them, for the operator only. */
export interface StaffLinks {
  organizer: string;
  moderator?: string;
}

const staffCodesSchema = z.object({ organizer: z.string(), moderator: z.string().optional(), createdAt: z.string() });

/** staff-codes.json could not be written, read, or holds no links (cut short by a full disk): the start names it. */
export class StaffCodesFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: 'damaged' | 'unreadable' | 'unwritable',
    readonly code = '',
  ) {
    super(`${file} is ${problem}${code ? ` (${code})` : ''}`);
  }
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/**
 * Writes the links beside the database, readable by the owner only, atomically: a temporary file
 * in the same folder, synced, then renamed over the old one, so a crash leaves the old file or the
 * new one, never half of one, and the links are never readable by others for a moment.
 */
export function writeStaffCodesFile(dataDir: string, links: StaffLinks, createdAt: string): string {
  const file = join(dataDir, staffCodesFileName);
  const temporary = join(dataDir, `.${staffCodesFileName}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify({ ...links, createdAt }, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temporary, 0o600); // the mode of open() only applies to a file it creates
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new StaffCodesFileError(file, 'unwritable', codeOf(error));
  }
  return file;
}

/**
 * The kept file, made the owner's (a file from an older version may be readable by everyone) and
 * read, so a start says at once when it is not the file a first start wrote.
 */
export function hardenStaffCodesFile(dataDir: string): string | null {
  const file = join(dataDir, staffCodesFileName);
  if (!existsSync(file)) return null;
  let text: string;
  try {
    chmodSync(file, 0o600);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new StaffCodesFileError(file, 'unreadable', codeOf(error));
  }
  if (!staffCodesSchema.safeParse(parsedJson(text)).success) throw new StaffCodesFileError(file, 'damaged');
  return file;
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
