import type postgres from 'postgres';
import type { DropRecords } from '../kernel/store.js';
import { dropLockClass } from './postgresSchema.js';

/** Mailbox items in the event's schema: any process takes what any process kept, each item once. */
export function createPostgresDrops(sql: postgres.Sql): DropRecords {
  return {
    async put(mailbox, body, atMs, maxItems) {
      return sql.begin(async (tx) => {
        // Two processes filling one mailbox at once take turns, so it never holds more than maxItems.
        await tx`SELECT pg_advisory_xact_lock(${dropLockClass}, hashtext(${mailbox}))`;
        const inserted = await tx`
          INSERT INTO drops (mailbox, at_ms, body)
          SELECT ${mailbox}, ${atMs}, ${Buffer.from(body)}
          WHERE (SELECT COUNT(*) FROM drops WHERE mailbox = ${mailbox}) < ${maxItems}`;
        return inserted.count === 1;
      });
    },
    async take(mailbox, sinceMs) {
      // One statement: two fetches at once get each row once between them.
      const rows = await sql`DELETE FROM drops WHERE mailbox = ${mailbox} RETURNING id, at_ms, body`;
      return rows
        .map((row) => ({ id: Number(row.id), at: Number(row.at_ms), body: row.body as unknown }))
        .filter((row): row is { id: number; at: number; body: Uint8Array } => row.at >= sinceMs && row.body instanceof Uint8Array)
        .sort((a, b) => a.id - b.id)
        .map((row) => new Uint8Array(row.body));
    },
    async eraseBefore(beforeMs) {
      const erased = Number.isFinite(beforeMs) ? await sql`DELETE FROM drops WHERE at_ms < ${beforeMs}` : await sql`DELETE FROM drops`;
      return erased.count;
    },
  };
}
