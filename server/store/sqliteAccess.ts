import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { toCode, toToken } from './changeRows.js';
import type { AccessRecords } from '../kernel/store.js';

const revokedRow = z.object({ id: z.string(), revoked_at: z.string() });

export function createSqliteAccess(db: Database): AccessRecords {
  const q = {
    insertCode: db.prepare(
      'INSERT INTO access_codes (id, code_hash, role, stand_id, event_id, label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    codeByHash: db.prepare('SELECT * FROM access_codes WHERE code_hash = ?'),
    codes: db.prepare('SELECT * FROM access_codes ORDER BY created_at, id'),
    revokeCode: db.prepare('UPDATE access_codes SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    revokedSince: db.prepare('SELECT id, revoked_at FROM access_codes WHERE revoked_at >= ?'),
    insertToken: db.prepare(
      'INSERT INTO tokens (token_hash, id, code_id, role, stand_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    activeToken: db.prepare(
      `SELECT t.id, t.code_id, t.role, t.stand_id, c.event_id FROM tokens t JOIN access_codes c ON c.id = t.code_id
       WHERE t.token_hash = ? AND c.revoked_at IS NULL`,
    ),
  };
  return {
    async insertAccessCode(record, codeHash) {
      q.insertCode.run(record.id, codeHash, record.role, record.standId, record.eventId, record.label, record.createdAt);
    },
    async findAccessCodeByHash(codeHash) {
      const row = q.codeByHash.get(codeHash);
      return row === undefined ? undefined : toCode(row);
    },
    listAccessCodes: async () => q.codes.all().map(toCode),
    revokeAccessCode: async (id, at) => q.revokeCode.run(at, id).changes > 0,
    async insertToken(record, tokenHash, at) {
      q.insertToken.run(tokenHash, record.id, record.codeId, record.role, record.standId, at);
    },
    async findActiveToken(tokenHash) {
      const row = q.activeToken.get(tokenHash);
      return row === undefined ? undefined : toToken(row);
    },
    revokedSince: async (since) =>
      q.revokedSince.all(since).map((row) => {
        const r = revokedRow.parse(row);
        return { id: r.id, revokedAt: r.revoked_at };
      }),
  };
}
