import postgres from 'postgres';
import { createPostgresAccess } from './postgresAccess.js';
import { createPostgresBlobs } from './postgresBlobs.js';
import { createPostgresDrops } from './postgresDrops.js';
import { createPostgresLog } from './postgresLog.js';
import { createPostgresSeries } from './postgresSeries.js';
import { ensureSchema, eventSchemaPattern, postgresNames } from './postgresSchema.js';
import type { Store } from '../kernel/store.js';
import { postgresLimiter } from './postgresLimiter.js';

/**
 * PostgreSQL (DATABASE_URL=postgres://…) for several server processes on one event. The client
 * reconnects by itself; while the database is down, commands are answered `unavailable` and
 * reads are served from memory. A short connect timeout keeps those answers quick.
 */
export async function createPostgresStore(url: string, options: { max?: number; schema?: string } = {}): Promise<Store> {
  const names = postgresNames(options.schema ?? 'public');
  if (names.schema !== 'public' && !eventSchemaPattern.test(names.schema)) throw new Error(`not an event's schema: ${names.schema}`);
  // One schema per event of a series; the installation's records (series, access) are in `public`.
  const connection = names.schema === 'public' ? {} : { search_path: names.schema };
  const sql = postgres(url, { max: options.max ?? 10, connect_timeout: 3, onnotice: () => {}, connection });
  await ensureSchema(sql, names);
  const [top] = await sql`SELECT COALESCE(MAX(seq), 0)::int AS seq FROM changes`;
  // Rate-limit counters need no durable commit: a crash forgets a few seconds of counting, no record.
  const counters = postgres(url, { max: 4, connect_timeout: 3, onnotice: () => {}, connection: { synchronous_commit: 'off' } });
  return {
    kind: 'postgres',
    log: createPostgresLog(sql, Number(top?.seq ?? 0), names),
    series: createPostgresSeries(sql),
    openSibling: (location) => createPostgresStore(url, { ...options, schema: location }),
    siblingLocation: (eventId) => `event_${eventId.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 40)}`,
    access: createPostgresAccess(sql),
    drops: createPostgresDrops(sql),
    blobs: await createPostgresBlobs(sql),
    limiter: postgresLimiter(counters),
    async forgetRateLimits() {
      const rows = await counters`DELETE FROM rate_limits`;
      return rows.count;
    },
    receipts: {
      async add(receipts) {
        if (receipts.length === 0) return;
        const rows = receipts.map((r) => ({ announcement_id: r.announcementId, device_key: r.deviceKey }));
        await sql`INSERT INTO announcement_receipts ${sql(rows, 'announcement_id', 'device_key')} ON CONFLICT DO NOTHING`;
      },
      async counts() {
        const rows = await sql`SELECT announcement_id, COUNT(*)::int AS n FROM announcement_receipts GROUP BY announcement_id`;
        return Object.fromEntries(rows.map((row) => [String(row.announcement_id), Number(row.n)]));
      },
    },
    close: async () => {
      await Promise.all([sql.end({ timeout: 5 }), counters.end({ timeout: 5 })]);
    },
  };
}
