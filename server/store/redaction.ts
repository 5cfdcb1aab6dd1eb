import type { Database, Statement } from 'better-sqlite3';
import type { ChangeType } from '../../shared/changes.js';
import type { ChangeRewrite } from '../kernel/store.js';
import { checkedData, toChange } from './changeRows.js';

/*
 * Deleting a question. The change log is the state, so its text sits in every stored change that
 * carried the question (asked, approved, pinned, answered, merged as either side). Rather than
 * append a "deleted" change and leave those rows as they are (the words would stay in the file
 * and in every replay), the rows are rewritten in place in the deleting transaction: text set to a
 * placeholder, author name and answer removed. The rows keep their seq, type and the question's id,
 * so replay still works and ends with the question gone (the `question:deleted` change that
 * follows). With `secure_delete` SQLite overwrites the old bytes; `scrubWal` then checkpoints
 * and empties the write-ahead log, which still held the old pages. A question erased by its asker
 * ("Meine Daten") keeps a staff answer (`keepAnswer`): the answer is the host's words, not the asker's.
 */
export function redactionStatements(db: Database, keepAnswer = false): Statement[] {
  const erased = (key: string) => [`'$.${key}.authorName'`, ...(keepAnswer ? [] : [`'$.${key}.answer'`])].join(', ');
  return ['question', 'into'].map((key) =>
    db.prepare(
      `UPDATE changes SET data = json_remove(json_set(data, '$.${key}.text', ?), ${erased(key)})
       WHERE type LIKE 'question:%' AND json_extract(data, '$.${key}.id') = ?`,
    ),
  );
}

/**
 * Erasure beyond one question (personal data on time, "Meine Daten"): each change of the given
 * types is read, rewritten by a pure function and written back in place, in the same transaction.
 */
export function rewriteRows(db: Database, source: string, types: readonly ChangeType[], rewrite: ChangeRewrite): void {
  const rows = db.prepare(`SELECT seq, at, type, audience, data FROM changes WHERE type IN (${types.map(() => '?').join(', ')}) ORDER BY seq`).all(...types);
  const update = db.prepare('UPDATE changes SET data = ? WHERE seq = ?');
  for (const row of rows) {
    const change = toChange(source, row);
    const data = change ? rewrite(change) : null;
    if (change && data !== null) update.run(checkedData(change, data), change.seq);
  }
}

export function scrubWal(db: Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
