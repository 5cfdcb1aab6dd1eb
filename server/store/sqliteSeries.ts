import type { Database } from 'better-sqlite3';
import { toSeriesEvent } from './changeRows.js';
import type { SeriesRecords } from '../kernel/store.js';

export function createSqliteSeries(db: Database): SeriesRecords {
  const q = {
    list: db.prepare('SELECT * FROM series_events ORDER BY created_at, id'),
    insert: db.prepare('INSERT INTO series_events (id, slug, location, created_at, closed_at) VALUES (?, ?, ?, ?, ?)'),
    insertFirst: db.prepare('INSERT INTO series_events (id, slug, location, created_at, closed_at) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM series_events)'),
    close: db.prepare('UPDATE series_events SET closed_at = ? WHERE id = ? AND closed_at IS NULL'),
  };
  return {
    list: async () => q.list.all().map(toSeriesEvent),
    async insert(record) {
      q.insert.run(record.id, record.slug, record.location, record.createdAt, record.closedAt);
    },
    async insertFirst(record) {
      // One statement: SQLite runs it alone, so "none yet" and the insert cannot be split by another process.
      q.insertFirst.run(record.id, record.slug, record.location, record.createdAt, record.closedAt);
      return toSeriesEvent(q.list.get());
    },
    close: async (id, at) => q.close.run(at, id).changes > 0,
  };
}
