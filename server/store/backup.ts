import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * A consistent copy of a live event's database, taken with SQLite's online backup API from a
 * second connection: the server keeps committing meanwhile (WAL), and the copy is the database as
 * of one commit. The copy is checked before it counts as written.
 */
export async function backupDatabase(source: string, target: string): Promise<{ seq: number; pages: number }> {
  if (!existsSync(source)) throw new Error(`no database at ${source} (DATA_DIR?)`);
  if (existsSync(target)) throw new Error(`${target} exists already; name a new file`);
  const db = new Database(source, { fileMustExist: true });
  let pages = 0;
  try {
    // Many small steps rather than one big one: the server's writers never wait long.
    await db.backup(target, { progress: ({ totalPages }) => ((pages = totalPages), 256) });
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy at ${target} failed its integrity check: ${String(check)}`);
    const seq = Number(copy.prepare('SELECT COALESCE(MAX(seq), 0) FROM changes').pluck().get());
    return { seq, pages };
  } finally {
    copy.close();
  }
}
