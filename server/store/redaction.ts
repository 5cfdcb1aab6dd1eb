import type { Database, Statement } from 'better-sqlite3';

/*
 * Deleting a question. The change log is the state, so its text sits in every stored change that
 * carried the question (asked, approved, pinned, answered, merged as either side). Rather than
 * append a "deleted" change and leave those rows as they are (the words would stay in the file
 * and in every replay), the rows are rewritten in place in the deleting transaction: text set to a
 * placeholder, author name and answer removed. The rows keep their seq, type and the question's id,
 * so replay still works and ends with the question gone (the `question:deleted` change that
 * follows). With `secure_delete` SQLite overwrites the old bytes; `scrubWal` then checkpoints
 * and empties the write-ahead log, which still held the old pages.
 */
export function redactionStatements(db: Database): Statement[] {
  return ['question', 'into'].map((key) =>
    db.prepare(
      `UPDATE changes SET data = json_remove(json_set(data, '$.${key}.text', ?), '$.${key}.authorName', '$.${key}.answer')
       WHERE type LIKE 'question:%' AND json_extract(data, '$.${key}.id') = ?`,
    ),
  );
}

export function scrubWal(db: Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
