import type postgres from 'postgres';
import { z } from 'zod';
import { toCode, toToken } from './changeRows.js';
import type { AccessRecords } from '../kernel/store.js';

const revokedRow = z.object({ id: z.string(), revoked_at: z.string() });

export function createPostgresAccess(sql: postgres.Sql): AccessRecords {
  return {
    async insertAccessCode(record, codeHash) {
      await sql`INSERT INTO access_codes (id, code_hash, role, stand_id, event_id, label, created_at)
        VALUES (${record.id}, ${codeHash}, ${record.role}, ${record.standId}, ${record.eventId}, ${record.label}, ${record.createdAt})`;
    },
    async findAccessCodeByHash(codeHash) {
      const [row] = await sql`SELECT * FROM access_codes WHERE code_hash = ${codeHash}`;
      return row ? toCode(row) : undefined;
    },
    listAccessCodes: async () => (await sql`SELECT * FROM access_codes ORDER BY created_at, id`).map(toCode),
    async revokeAccessCode(id, at) {
      const result = await sql`UPDATE access_codes SET revoked_at = ${at} WHERE id = ${id} AND revoked_at IS NULL`;
      return result.count > 0;
    },
    async insertToken(record, tokenHash, at) {
      await sql`INSERT INTO tokens (token_hash, id, code_id, role, stand_id, created_at)
        VALUES (${tokenHash}, ${record.id}, ${record.codeId}, ${record.role}, ${record.standId}, ${at})`;
    },
    async findActiveToken(tokenHash) {
      const [row] = await sql`SELECT t.id, t.code_id, t.role, t.stand_id, c.event_id FROM tokens t JOIN access_codes c ON c.id = t.code_id
        WHERE t.token_hash = ${tokenHash} AND c.revoked_at IS NULL`;
      return row ? toToken(row) : undefined;
    },
    revokedSince: async (since) =>
      (await sql`SELECT id, revoked_at FROM access_codes WHERE revoked_at >= ${since}`).map((row) => {
        const r = revokedRow.parse(row);
        return { id: r.id, revokedAt: r.revoked_at };
      }),
  };
}
