import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { parseChange, type Change } from '../../shared/changes.js';
import { migrate } from './migrations.js';
import { reserveWal } from './walReserve.js';
import type { AccessCodeRecord, CommitInput, Store, TokenRecord } from './store.js';

const staffRole = z.enum(['host', 'moderator', 'organizer']);

const changeRow = z.object({ seq: z.number(), at: z.string(), type: z.string(), audience: z.string(), data: z.string() });
const codeRow = z.object({
  id: z.string(),
  role: staffRole,
  stand_id: z.string().nullable(),
  label: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});
const tokenRow = z.object({ id: z.string(), code_id: z.string(), role: staffRole, stand_id: z.string().nullable() });

function toChange(row: unknown): Change {
  const parts = changeRow.parse(row);
  const change = parseChange({ ...parts, data: JSON.parse(parts.data) });
  // A row we cannot read means the log was damaged; refusing to start beats serving wrong state.
  if (!change) throw new Error(`change log row ${parts.seq} does not match its schema`);
  return change;
}

function toCode(row: unknown): AccessCodeRecord {
  const r = codeRow.parse(row);
  return { id: r.id, role: r.role, standId: r.stand_id, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at };
}

export interface SqliteStoreOptions {
  /** A file path, or ':memory:' for tests. */
  filename: string;
  /** FULL makes an acknowledged commit survive power loss, not only a process crash. */
  synchronous?: 'FULL' | 'NORMAL';
}

export function createSqliteStore({ filename, synchronous = 'FULL' }: SqliteStoreOptions): Store {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  if (filename !== ':memory:') reserveWal(db, filename);

  const q = {
    lastSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes').pluck(),
    insertChange: db.prepare('INSERT INTO changes (seq, at, type, audience, data) VALUES (?, ?, ?, ?, ?)'),
    insertCommand: db.prepare('INSERT INTO processed_commands (id, seq) VALUES (?, ?)'),
    commandSeq: db.prepare('SELECT seq FROM processed_commands WHERE id = ?').pluck(),
    changesAfter: db.prepare('SELECT seq, at, type, audience, data FROM changes WHERE seq > ? ORDER BY seq LIMIT ?'),
    insertCode: db.prepare(
      'INSERT INTO access_codes (id, code_hash, role, stand_id, label, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    codeByHash: db.prepare('SELECT * FROM access_codes WHERE code_hash = ?'),
    codes: db.prepare('SELECT * FROM access_codes ORDER BY created_at, id'),
    revokeCode: db.prepare('UPDATE access_codes SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    insertToken: db.prepare(
      'INSERT INTO tokens (token_hash, id, code_id, role, stand_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    activeToken: db.prepare(
      `SELECT t.id, t.code_id, t.role, t.stand_id FROM tokens t JOIN access_codes c ON c.id = t.code_id
       WHERE t.token_hash = ? AND c.revoked_at IS NULL`,
    ),
  };

  let seq = z.number().parse(q.lastSeq.get());

  const commitTx = db.transaction((input: CommitInput): Change[] => {
    const committed = input.drafts.map((d): Change => {
      seq += 1;
      q.insertChange.run(seq, input.at, d.type, d.audience, JSON.stringify(d.data));
      return { ...d, seq, at: input.at };
    });
    if (input.commandId) q.insertCommand.run(input.commandId, seq);
    return committed;
  });

  // better-sqlite3 turns a transaction inside a transaction into a savepoint: a failed commit
  // inside `transaction` undoes itself only; the outer one writes and syncs once, at the end.
  const outerTx = db.transaction((work: () => void) => work());

  return {
    lastSeq: () => seq,
    transaction(work) {
      const before = seq;
      try {
        outerTx(work);
      } catch (error) {
        seq = before;
        throw error;
      }
    },
    commit(input) {
      const before = seq;
      try {
        return commitTx(input);
      } catch (error) {
        seq = before; // the transaction rolled back, so must our counter
        throw error;
      }
    },
    processedCommandSeq(commandId) {
      const found = q.commandSeq.get(commandId);
      return found === undefined ? undefined : z.number().parse(found);
    },
    changesAfter: (since, limit) => q.changesAfter.all(since, limit).map(toChange),
    insertAccessCode(record, codeHash) {
      q.insertCode.run(record.id, codeHash, record.role, record.standId, record.label, record.createdAt);
    },
    findAccessCodeByHash(codeHash) {
      const row = q.codeByHash.get(codeHash);
      return row === undefined ? undefined : toCode(row);
    },
    listAccessCodes: () => q.codes.all().map(toCode),
    revokeAccessCode: (id, at) => q.revokeCode.run(at, id).changes > 0,
    insertToken(record: TokenRecord, tokenHash, at) {
      q.insertToken.run(tokenHash, record.id, record.codeId, record.role, record.standId, at);
    },
    findActiveToken(tokenHash) {
      const row = q.activeToken.get(tokenHash);
      if (row === undefined) return undefined;
      const r = tokenRow.parse(row);
      return { id: r.id, codeId: r.code_id, role: r.role, standId: r.stand_id };
    },
    close: () => db.close(),
  };
}
