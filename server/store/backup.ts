import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * A consistent copy of a live event's database, taken with SQLite's online backup API from a
 * second connection: the server keeps committing meanwhile (WAL), and the copy is the database as
 * of one commit. The copy is checked before it counts as written. It is readable by its owner
 * only (it holds names people typed) and leaves no journal files beside it.
 */
export async function backupDatabase(source: string, target: string): Promise<{ seq: number; pages: number }> {
  if (!existsSync(source)) throw new Error(`no database at ${source} (DATA_DIR?)`);
  // Made here, exclusively and 0600, before SQLite writes into it: no moment readable by others, no overwrite.
  try {
    closeSync(openSync(target, 'wx', 0o600));
  } catch {
    throw new Error(`${target} exists already; name a new file`);
  }
  try {
    const pages = await copyPages(source, target);
    return { seq: checkedCopy(target), pages };
  } catch (error) {
    for (const file of [target, `${target}-wal`, `${target}-shm`]) rmSync(file, { force: true });
    throw error;
  }
}

async function copyPages(source: string, target: string): Promise<number> {
  const db = new Database(source, { fileMustExist: true });
  let pages = 0;
  try {
    // Many small steps rather than one big one: the server's writers never wait long.
    await db.backup(target, { progress: ({ totalPages }) => ((pages = totalPages), 256) });
  } finally {
    db.close();
  }
  return pages;
}

/** The copy's last seq, after its integrity check; in rollback-journal mode, so opening it makes no -wal or -shm. */
function checkedCopy(target: string): number {
  const copy = new Database(target, { fileMustExist: true });
  try {
    // The restored server switches it back to WAL at its start.
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy at ${target} failed its integrity check: ${String(check)}`);
    return Number(copy.prepare('SELECT COALESCE(MAX(seq), 0) FROM changes').pluck().get());
  } finally {
    copy.close();
  }
}
