import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';

/** Every change as the SQLite file stores it, one JSON per line: what erasure tests search for words. */
export function storedRows(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT data FROM changes').pluck().all().join('\n');
  } finally {
    db.close();
  }
}

/** The mailbox items a SQLite file holds, the body as upper-case hex: what the drops tests look for. */
export function storedDrops(file: string): { mailbox: string; at_ms: number; body: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], { mailbox: string; at_ms: number; body: string }>('SELECT mailbox, at_ms, hex(body) AS body FROM drops').all();
  } finally {
    db.close();
  }
}

/** The SQLite file and its write-ahead log as bytes: what someone with the disk could read. */
export function storedBytes(file: string): string {
  return ['', '-wal']
    .map((suffix) => {
      try {
        return readFileSync(`${file}${suffix}`).toString('latin1');
      } catch {
        return ''; // no write-ahead log left
      }
    })
    .join('\n');
}
