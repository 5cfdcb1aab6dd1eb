import { NewerDatabaseError } from './store/migrations.js';
import { UnwritableDatabaseError } from './store/writableFiles.js';
import { StaffCodesFileError } from './ops/staffCodesFile.js';

/**
 * What a failed start tells the operator: one line that says what is wrong and what to do, no
 * stack trace. An event morning is no time to read SQLite error codes.
 */
export function startupProblem(error: unknown, dataDir: string): string {
  const file = `${dataDir}/ortstermin.db`;
  if (error instanceof NewerDatabaseError) {
    return `${file} was written by a newer version of Ortstermin (${error.message}): start that version, or restore a backup made with this one.`;
  }
  if (error instanceof UnwritableDatabaseError) {
    return `Ortstermin cannot write ${error.file} (a restored backup owned by another user?): give it to the user the server runs as (chown), and start again.`;
  }
  if (error instanceof StaffCodesFileError) return staffCodesProblem(error);
  const code = codeOf(error);
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_IOERR_WRITE'].includes(code)) {
    return `Ortstermin cannot write to its data folder ${dataDir} (${code}): make it writable for this user, or set DATA_DIR to a writable folder.`;
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return `The disk holding ${dataDir} is full (${code}): free some space, or set DATA_DIR to a folder on another disk, and start again.`;
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return `${file} is damaged (${code}): restore it from a backup, or move it away to start with an empty event.`;
  }
  if (code === 'EADDRINUSE') return `The port is in use (${code}): stop the other program, or set PORT to a free one.`;
  const message = error instanceof Error ? error.message : String(error);
  return `Ortstermin could not start: ${message.split('\n')[0]}`;
}

/** The staff links' file: named, and what to do, whatever went wrong with it. */
function staffCodesProblem({ file, problem, code }: StaffCodesFileError): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return `The disk holding ${file} is full (${code}): free some space, and start again.`;
  if (problem === 'damaged') {
    return `${file} is damaged (empty or not the JSON a first start writes; a full disk may have cut it short): move it away and start again. Its staff links are lost; an organizer who is signed in makes new codes on the organizer page.`;
  }
  return `Ortstermin cannot ${problem === 'unreadable' ? 'read' : 'write'} ${file} (${code || 'unknown error'}): give it and its folder to the user the server runs as (chown), and start again.`;
}

function codeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return '';
}

/** Ends a failed start: the line on stderr, a non-zero exit code. */
export function exitWithStartupProblem(error: unknown, dataDir: string): never {
  process.stderr.write(`${startupProblem(error, dataDir)}\n`);
  process.exit(1);
}
