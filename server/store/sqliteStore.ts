import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { parseChange, type Change } from '../../shared/changes.js';
import { migrate } from './migrations.js';
import { reserveWal } from './walReserve.js';
import { UnreadableChangeError, type AccessCodeRecord, type CommitInput, type Store, type TokenRecord } from './store.js';
import { redactionStatements, scrubWal } from './redaction.js';

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
const commandRow = z.object({ seq: z.number(), fingerprint: z.string().nullable() });
const tokenRow = z.object({ id: z.string(), code_id: z.string(), role: staffRole, stand_id: z.string().nullable() });

function readChange(parts: { seq: number; at: string; type: string; audience: string; data: string }): Change | null {
  try {
    return parseChange({ ...parts, data: JSON.parse(parts.data) });
  } catch {
    return null;
  }
}

/**
 * A row that does not parse (a damaged file, or a change an older version let through) is skipped
 * and named, once per process, rather than keeping the whole event from starting. README
 * ("A damaged change log") says how to look at it and take it out.
 */
const reportedRows = new Set<string>();
function toChange(filename: string, row: unknown): Change | null {
  const parts = changeRow.parse(row);
  const change = readChange(parts);
  if (!change && !reportedRows.has(`${filename}:${parts.seq}`)) {
    reportedRows.add(`${filename}:${parts.seq}`);
    console.error(
      `change log row ${parts.seq} (${parts.type.slice(0, 40)}) does not match its schema and is skipped; see README, "A damaged change log"`,
    );
  }
  return change;
}

function toCode(row: unknown): AccessCodeRecord {
  const r = codeRow.parse(row);
  return { id: r.id, role: r.role, standId: r.stand_id, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at };
}

function restrictToOwner(filename: string): void {
  try {
    if ((statSync(filename).mode & 0o077) !== 0) chmodSync(filename, 0o600);
  } catch (error) {
    console.error(`could not make ${filename} readable by its owner only`, error);
  }
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
  // The log holds names people typed: readable by the operator only (also a file from older versions).
  if (filename !== ':memory:') restrictToOwner(filename);
  db.pragma('journal_mode = WAL');
  // Deleted content is overwritten, not only unlinked: a deleted question's text leaves the file.
  db.pragma('secure_delete = ON');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  if (filename !== ':memory:') reserveWal(db, filename);

  const q = {
    lastSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes').pluck(),
    insertChange: db.prepare('INSERT INTO changes (seq, at, type, audience, data) VALUES (?, ?, ?, ?, ?)'),
    insertCommand: db.prepare('INSERT INTO processed_commands (id, seq, fingerprint) VALUES (?, ?, ?)'),
    command: db.prepare('SELECT seq, fingerprint FROM processed_commands WHERE id = ?'),
    keyByName: db.prepare('SELECT value FROM server_keys WHERE name = ?').pluck(),
    insertKey: db.prepare('INSERT INTO server_keys (name, value) VALUES (?, ?)'),
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

  const redact = redactionStatements(db);
  let seq = z.number().parse(q.lastSeq.get());

  const commitTx = db.transaction((input: CommitInput): Change[] => {
    const committed = input.drafts.map((d): Change => {
      seq += 1;
      const data = JSON.stringify(d.data);
      // The commit path's own guard: whatever a handler decided, no phone may find a change it cannot read.
      if (!readChange({ seq, at: input.at, type: d.type, audience: d.audience, data })) {
        throw new UnreadableChangeError(`a ${d.type} change does not match the change schema`);
      }
      q.insertChange.run(seq, input.at, d.type, d.audience, data);
      return { ...d, seq, at: input.at };
    });
    if (input.commandId) q.insertCommand.run(input.commandId, seq, input.fingerprint ?? null);
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
    processedCommand(commandId) {
      const found = q.command.get(commandId);
      return found === undefined ? undefined : commandRow.parse(found);
    },
    changesAfter: (since, limit) =>
      q.changesAfter.all(since, limit).flatMap((row) => toChange(filename, row) ?? []),
    redactQuestion(questionId, placeholder) {
      for (const statement of redact) statement.run(placeholder, questionId);
    },
    scrub: () => scrubWal(db),
    serverKey(name) {
      const found = q.keyByName.get(name);
      if (typeof found === 'string') return found;
      const value = randomBytes(32).toString('base64url');
      q.insertKey.run(name, value);
      return value;
    },
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
