import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../server/store/migrations.js';

/**
 * The questions baseline: the rows a `question:ask` writes (one change, one processed command),
 * straight into better-sqlite3, one transaction each, with the store's pragmas and durability.
 */
export function sqliteInsertRate(dir: string, count: number, synchronous: 'FULL' | 'NORMAL' = 'FULL'): { perS: number } {
  const db = new Database(join(dir, `baseline-${randomUUID()}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  const insertChange = db.prepare('INSERT INTO changes (seq, at, type, audience, data) VALUES (?, ?, ?, ?, ?)');
  const insertCommand = db.prepare('INSERT INTO processed_commands (id, seq) VALUES (?, ?)');
  // The app's database is warm when the questions come; so is this one.
  const warmup = Math.min(50, count);
  const rows = Array.from({ length: warmup + count }, (_, i) => {
    const id = randomUUID();
    const question = {
      id,
      target: { kind: 'session', id: 'keynote' },
      text: `Frage ${i}: Wie lässt sich das in einer kleinen Gemeinde ohne eigene IT-Abteilung umsetzen?`,
      askedAt: new Date().toISOString(),
      status: 'pending',
      pinned: false,
      answered: false,
      votes: 0,
    };
    return { id, question };
  });
  const commit = db.transaction((seq: number, row: (typeof rows)[number]) => {
    const at = new Date().toISOString();
    insertChange.run(seq, at, 'question:asked', 'staff', JSON.stringify({ question: { ...row.question, askedAt: at } }));
    insertCommand.run(row.id, seq);
  });
  rows.slice(0, warmup).forEach((row, i) => commit(i + 1, row));
  const start = performance.now();
  rows.slice(warmup).forEach((row, i) => commit(warmup + i + 1, row));
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return { perS: count / seconds };
}
