import Database from 'better-sqlite3';

/** Every change as the SQLite file stores it, one JSON per line: what erasure tests search for words. */
export function storedRows(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT data FROM changes').pluck().all().join('\n');
  } finally {
    db.close();
  }
}
