import type postgres from 'postgres';
import { toSeriesEvent } from './changeRows.js';
import type { SeriesRecords } from '../kernel/store.js';

export function createPostgresSeries(sql: postgres.Sql): SeriesRecords {
  return {
    list: async () => (await sql`SELECT * FROM series_events ORDER BY created_at, id`).map(toSeriesEvent),
    async insert(record) {
      await sql`INSERT INTO series_events (id, slug, location, created_at, closed_at)
        VALUES (${record.id}, ${record.slug}, ${record.location}, ${record.createdAt}, ${record.closedAt})`;
    },
    async insertFirst(record) {
      // Two processes starting on a fresh database: the lock makes the second wait and then find the first's event.
      return sql.begin(async (tx) => {
        await tx`LOCK TABLE series_events IN SHARE ROW EXCLUSIVE MODE`;
        await tx`INSERT INTO series_events (id, slug, location, created_at, closed_at)
          SELECT ${record.id}, ${record.slug}, ${record.location}, ${record.createdAt}, ${record.closedAt}
          WHERE NOT EXISTS (SELECT 1 FROM series_events)`;
        const [first] = await tx`SELECT * FROM series_events ORDER BY created_at, id LIMIT 1`;
        return toSeriesEvent(first);
      });
    },
    async close(id, at) {
      return (await sql`UPDATE series_events SET closed_at = ${at} WHERE id = ${id} AND closed_at IS NULL`).count > 0;
    },
  };
}
