import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { commandRow, toChange, toRows, type ChangeRow } from './changeRows.js';
import { redactionStatements, rewriteRows, scrubWal } from './redaction.js';
import type { ChangeLog, ChangeRewrite, LogBatch, LogEntry, ProcessedCommand } from '../kernel/store.js';
import type { ChangeType } from '../../shared/changes.js';
import { refusedAsUnavailable } from './refusedWrites.js';

/**
 * The change log in one SQLite file, for one process: nobody else appends, so a batch reads
 * nothing missed and holds no transaction while it decides; its appends are written in one
 * transaction at its end (one sync to disk per batch).
 */
export function createSqliteLog(db: Database, filename: string): ChangeLog {
  const q = {
    lastSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes').pluck(),
    insertChange: db.prepare('INSERT INTO changes (seq, at, type, audience, data) VALUES (@seq, @at, @type, @audience, @data)'),
    insertCommand: db.prepare('INSERT INTO processed_commands (id, seq, fingerprint) VALUES (?, ?, ?)'),
    command: db.prepare('SELECT seq, fingerprint FROM processed_commands WHERE id = ?'),
    keyByName: db.prepare('SELECT value FROM server_keys WHERE name = ?').pluck(),
    insertKey: db.prepare('INSERT INTO server_keys (name, value) VALUES (?, ?)'),
    probe: db.prepare("INSERT OR REPLACE INTO server_keys (name, value) VALUES ('write-probe', ?)"),
    changesAfter: db.prepare('SELECT seq, at, type, audience, data FROM changes WHERE seq > ? ORDER BY seq LIMIT ?'),
    changesOfAfter: db.prepare(
      'SELECT seq, at, type, audience, data FROM changes WHERE seq > ? AND audience IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?',
    ),
  };
  const redact = { erase: redactionStatements(db), keepAnswer: redactionStatements(db, true) };
  let seq = z.number().parse(q.lastSeq.get());

  const processedCommand = (id: string): ProcessedCommand | undefined => {
    const found = q.command.get(id);
    return found === undefined ? undefined : commandRow.parse(found);
  };

  type Pending = { rows: ChangeRow[]; entry: LogEntry }[];
  type Redaction = { questionId: string; placeholder: string; keepAnswer: boolean };
  type Rewrite = { types: readonly ChangeType[]; rewrite: ChangeRewrite };
  const write = db.transaction((pending: Pending, redactions: Redaction[], rewrites: Rewrite[]) => {
    for (const { rows, entry } of pending) {
      rows.forEach((row) => q.insertChange.run(row));
      if (entry.commandId) q.insertCommand.run(entry.commandId, entry.seq, entry.fingerprint ?? null);
    }
    for (const { questionId, placeholder, keepAnswer } of redactions) {
      for (const statement of keepAnswer ? redact.keepAnswer : redact.erase) statement.run(placeholder, questionId);
    }
    for (const { types, rewrite } of rewrites) rewriteRows(db, filename, types, rewrite);
  });

  let importing = false;
  return {
    lastSeq: () => seq,
    changesAfter: async (since, limit, audiences) =>
      (audiences ? q.changesOfAfter.all(since, JSON.stringify(audiences), limit) : q.changesAfter.all(since, limit)).flatMap((row) => toChange(filename, row) ?? []),
    processedCommand: async (id) => processedCommand(id),
    async batch(_since, work) {
      const pending: Pending = [];
      const redactions: Redaction[] = [];
      const rewrites: Rewrite[] = [];
      const batch: LogBatch = {
        head: seq,
        missed: [],
        processed: async (ids) => new Map(ids.flatMap((id) => { const p = processedCommand(id); return p ? [[id, p] as const] : []; })),
        append(entry) {
          pending.push({ rows: toRows(entry), entry });
        },
        redactQuestion: (questionId, placeholder, keepAnswer = false) => void redactions.push({ questionId, placeholder, keepAnswer }),
        rewrite: (types, rewrite) => void rewrites.push({ types, rewrite }),
      };
      const result = await work(batch);
      refusedAsUnavailable(() => write(pending, redactions, rewrites));
      seq = pending.at(-1)?.rows.at(-1)?.seq ?? seq;
      return result;
    },
    scrub: async () => scrubWal(db),
    probeWrite: async () => void refusedAsUnavailable(() => q.probe.run(new Date().toISOString())),
    async serverKey(name) {
      const found = q.keyByName.get(name);
      if (typeof found === 'string') return found;
      const value = randomBytes(32).toString('base64url');
      q.insertKey.run(name, value);
      return value;
    },
    onForeignCommit: () => {},
    // One process: the lock lives in memory.
    async importLock() {
      if (importing) return null;
      importing = true;
      return async () => void (importing = false);
    },
  };
}
