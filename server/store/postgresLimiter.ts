import type postgres from 'postgres';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { LimiterFactory } from '../commands/rateLimits.js';
import { coalescedLimiter } from '../commands/coalescedLimiter.js';

/**
 * rate-limiter-flexible's PostgreSQL store, on this client: it speaks `pg`'s `query({ text, values })`,
 * so a small adapter hands its statements to postgres.js. The table is made with the schema
 * (postgresSchema.ts), not by each limiter, so starting processes do not race to create it.
 */
export function postgresLimiter(sql: postgres.Sql): LimiterFactory {
  const storeClient = {
    // The library names the statements it runs again and again; prepared once, PostgreSQL skips parsing and planning.
    async query(q: { name?: string; text: string; values?: unknown[] }) {
      const rows = await sql.unsafe(q.text, (q.values ?? []) as postgres.ParameterOrJSON<never>[], { prepare: q.name !== undefined });
      return { rows: rows.map((row) => ({ ...row, expire: row.expire === null ? null : Number(row.expire) })), rowCount: rows.count };
    },
  };
  return ([points, duration], name) =>
    coalescedLimiter(new RateLimiterPostgres({ storeClient, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix: name, points, duration }));
}
