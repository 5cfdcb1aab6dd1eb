import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

/*
 * server/store/migrations.ts (SQLite) and server/store/postgresSchema.ts (PostgreSQL) write the
 * tables twice. Both stores are opened as the server opens them, on real databases, and what they
 * created is read back from each database's own catalogue.
 */

/** Tables only several processes on one PostgreSQL need; a single SQLite process keeps these in memory. */
const postgresOnly: Readonly<Record<string, string>> = {
  announcement_receipts: 'each process adds the receipts it saw and all read the sums; one process counts them in memory',
  rate_limits: 'limits shared by every process behind the proxy; one process limits with RateLimiterMemory',
};

/** Each table's columns, by name, with whether a row must have a value there. */
type Tables = Record<string, Record<string, { required: boolean }>>;

const cluster = useThrowawayPostgres();

/** One SQLite table's columns. A key column holds a value in either database, whether or not SQLite's DDL says NOT NULL. */
function sqliteColumns(db: Database.Database, table: string): Tables[string] {
  const columns = db.prepare<[string], { name: string; notnull: number; pk: number }>('SELECT name, "notnull", pk FROM pragma_table_info(?)').all(table);
  return Object.fromEntries(columns.map((c) => [c.name, { required: c.notnull === 1 || c.pk > 0 }]));
}

/** What the SQLite migrations create: read from sqlite_master and table_info, the store closed. */
async function sqliteTables(): Promise<Tables> {
  const folder = mkdtempSync(join(tmpdir(), 'ortstermin-schemas-'));
  const filename = join(folder, 'events.db');
  await createSqliteStore({ filename }).close();
  const db = new Database(filename, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    return Object.fromEntries(tables.map(({ name }) => [name, sqliteColumns(db, name)]));
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What the PostgreSQL schema creates: read from information_schema.columns, the store closed. */
async function postgresTables(): Promise<Tables> {
  const url = await cluster().createDatabase();
  await (await createPostgresStore(url, { max: 1 })).close();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ table_name: string; column_name: string; is_nullable: string }[]>`
      SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`;
    const tables: Tables = {};
    for (const row of rows) (tables[row.table_name] ??= {})[row.column_name] = { required: row.is_nullable === 'NO' };
    return tables;
  } finally {
    await sql.end();
  }
}

const withoutPostgresOnly = (tables: Tables): Tables =>
  Object.fromEntries(Object.entries(tables).filter(([name]) => !Object.hasOwn(postgresOnly, name)));
const columnNames = (tables: Tables) => Object.fromEntries(Object.entries(tables).map(([name, columns]) => [name, Object.keys(columns).sort()]));

describe('the SQLite and the PostgreSQL schema', () => {
  let sqlite: Tables;
  let pg: Tables;
  beforeAll(async () => {
    [sqlite, pg] = await Promise.all([sqliteTables(), postgresTables()]);
  });

  it('were read from real databases', () => {
    // An empty catalogue on both sides would agree with itself.
    expect(Object.keys(sqlite)).toContain('changes');
    expect(Object.keys(pg)).toContain('changes');
  });

  it('have the same tables, but for those PostgreSQL needs only with several processes', () => {
    expect(Object.keys(sqlite).sort()).toEqual(Object.keys(withoutPostgresOnly(pg)).sort());
    // An exception that no longer exists is a reason that no longer holds.
    expect(Object.keys(postgresOnly).filter((name) => !Object.hasOwn(pg, name) || Object.hasOwn(sqlite, name))).toEqual([]);
  });

  it('give each table the same columns', () => {
    expect(columnNames(sqlite)).toEqual(columnNames(withoutPostgresOnly(pg)));
  });

  it('agree on which columns must hold a value', () => {
    expect(sqlite).toEqual(withoutPostgresOnly(pg));
  });
});
