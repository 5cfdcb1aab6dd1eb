import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { DropRecords } from '../kernel/store.js';

/** A kept item as SQLite gives it back (a BLOB comes as a Buffer, a Uint8Array). */
const dropRows = z.array(z.object({ at_ms: z.number(), body: z.instanceof(Uint8Array) }));

/** Mailbox items in the event's SQLite file; `secure_delete` overwrites a taken item's bytes. */
export function createSqliteDrops(db: Database): DropRecords {
  const count = db.prepare('SELECT COUNT(*) FROM drops WHERE mailbox = ?').pluck();
  const insert = db.prepare('INSERT INTO drops (mailbox, at_ms, body) VALUES (?, ?, ?)');
  const select = db.prepare('SELECT at_ms, body FROM drops WHERE mailbox = ? ORDER BY id');
  const remove = db.prepare('DELETE FROM drops WHERE mailbox = ?');
  const erase = db.prepare('DELETE FROM drops WHERE at_ms < ?');
  const put = db.transaction((mailbox: string, body: Uint8Array, atMs: number, maxItems: number) => {
    if (Number(count.get(mailbox)) >= maxItems) return false;
    insert.run(mailbox, atMs, body);
    return true;
  });
  const take = db.transaction((mailbox: string, sinceMs: number) => {
    const rows = dropRows.parse(select.all(mailbox));
    remove.run(mailbox);
    return rows.filter((row) => row.at_ms >= sinceMs).map((row) => new Uint8Array(row.body));
  });
  return {
    put: async (mailbox, body, atMs, maxItems) => put(mailbox, body, atMs, maxItems),
    take: async (mailbox, sinceMs) => take(mailbox, sinceMs),
    // SQLite's integers stop at 2⁶³: "everything" is any time at all.
    eraseBefore: async (beforeMs) => erase.run(Number.isFinite(beforeMs) ? beforeMs : Number.MAX_SAFE_INTEGER).changes,
  };
}
