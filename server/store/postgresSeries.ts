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
    async close(id, at) {
      return (await sql`UPDATE series_events SET closed_at = ${at} WHERE id = ${id} AND closed_at IS NULL`).count > 0;
    },
  };
}
