import type postgres from 'postgres';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { z } from 'zod';
import type { LimiterFactory } from '../kernel/rateLimits.js';
import { coalescedLimiter } from '../kernel/coalescedLimiter.js';
import { perTurn } from '../kernel/perTurn.js';

type Query = { name?: string; text: string; values?: unknown[] };
type Result = { rows: { points: number; expire: number | null }[]; rowCount: number };

/** The library's counting statement (values: key, points, new expiry, now); every other one runs as it is. */
const upsertName = 'rate_limits:rlflx-upsert';
const upsertValues = z.tuple([z.string(), z.number(), z.number().nullable(), z.number()]);
const counterRow = z.object({ key: z.string(), points: z.coerce.number(), expire: z.coerce.number().nullable() });

type Upsert = z.infer<typeof upsertValues>;
interface Waiting {
  values: Upsert;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * The library's upsert for many keys in one statement, with its rule per row: a counter past its
 * expiry starts again from the points consumed and the new expiry, otherwise it adds them. `now`
 * is the flush's: the calls it carries were made within the same turn of the event loop.
 */
const upsertMany = (sql: postgres.Sql, rows: readonly Upsert[], now: number) => sql`
  INSERT INTO rate_limits (key, points, expire)
  SELECT key, points, expire FROM jsonb_to_recordset(${sql.json(rows.map(([key, points, expire]) => ({ key, points, expire })))})
    AS r(key TEXT, points INTEGER, expire BIGINT)
  ON CONFLICT (key) DO UPDATE SET
    points = CASE WHEN rate_limits.expire <= ${now} THEN EXCLUDED.points ELSE rate_limits.points + EXCLUDED.points END,
    expire = CASE WHEN rate_limits.expire <= ${now} THEN EXCLUDED.expire ELSE rate_limits.expire END
  RETURNING key, points, expire`;

/** One key may be counted once per statement: the n-th call for each key goes into the n-th one. */
function layers(due: Map<string, Waiting[]>): Waiting[][] {
  const result: Waiting[][] = [];
  for (const waiters of due.values()) waiters.forEach((entry, level) => (result[level] ??= []).push(entry));
  return result;
}

/**
 * Every question and vote counts against its device's and its address's limits: one statement
 * each would be two database round trips per command. The counting statements made in one turn
 * of the event loop go as one, and each caller gets its own row back, as the library expects.
 */
function batchedUpserts(sql: postgres.Sql): (values: Upsert) => Promise<Result> {
  async function flush(due: Map<string, Waiting[]>): Promise<void> {
    for (const layer of layers(due)) {
      try {
        const rows = (await upsertMany(sql, layer.map((entry) => entry.values), Date.now())).map((row) => counterRow.parse(row));
        const byKey = new Map(rows.map((row) => [row.key, row]));
        for (const entry of layer) {
          const row = byKey.get(entry.values[0]);
          entry.resolve(row ? { rows: [{ points: row.points, expire: row.expire }], rowCount: 1 } : { rows: [], rowCount: 0 });
        }
      } catch (error) {
        layer.forEach((entry) => entry.reject(error));
      }
    }
  }

  const count = perTurn<string, Waiting>((due) => void flush(due));
  return (values) => new Promise((resolve, reject) => count(values[0], { values, resolve, reject }));
}

/**
 * rate-limiter-flexible's PostgreSQL store, on this client: it speaks `pg`'s `query({ text, values })`,
 * so a small adapter hands its statements to postgres.js. The table is made with the schema
 * (postgresSchema.ts), not by each limiter, so starting processes do not race to create it.
 */
export function postgresLimiter(sql: postgres.Sql): LimiterFactory {
  const upsert = batchedUpserts(sql);
  const storeClient = {
    async query(q: Query): Promise<Result> {
      const values = upsertValues.safeParse(q.values);
      if (q.name === upsertName && values.success) return upsert(values.data);
      const rows = await sql.unsafe(q.text, (q.values ?? []) as postgres.ParameterOrJSON<never>[], { prepare: q.name !== undefined });
      return { rows: rows.map((row) => ({ ...row, points: Number(row.points), expire: row.expire === null ? null : Number(row.expire) })), rowCount: rows.count };
    },
  };
  return ([points, duration], name) =>
    coalescedLimiter(new RateLimiterPostgres({ storeClient, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix: name, points, duration }));
}
