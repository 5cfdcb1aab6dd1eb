import { execFile } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import type { EventCopy } from './backupInstallation.js';

const run = promisify(execFile);

/**
 * Every event of a PostgreSQL installation (schema `public` and each event's schema) into one
 * `pg_dump` file (custom format, for `pg_restore`). The dump reads a snapshot this transaction
 * exported, so the seqs reported are exactly those in the file while the servers keep committing.
 */
export async function backupPostgres(url: string, target: string): Promise<EventCopy[]> {
  const pgDump = postgresTool('pg_dump');
  try {
    closeSync(openSync(target, 'wx', 0o600)); // 0600 before the first byte; never overwrites
  } catch {
    throw new Error(`${target} exists already; name a new file`);
  }
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    return await sql.begin('isolation level repeatable read read only', async (tx) => {
      const [exported] = await tx`SELECT pg_export_snapshot() AS id`;
      const copies = await seqsOf(tx);
      // Counters (rate_limits, unlogged) are no record: they are left out.
      const args = ['--format=custom', '--no-owner', '--no-privileges', '--no-unlogged-table-data', `--snapshot=${String(exported?.id)}`, `--file=${target}`, `--dbname=${url}`];
      await run(pgDump, args);
      return copies;
    });
  } catch (error) {
    rmSync(target, { force: true });
    throw new Error(firstLine(error));
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function seqsOf(tx: postgres.TransactionSql): Promise<EventCopy[]> {
  const events = await tx`SELECT location FROM series_events WHERE location <> '' ORDER BY created_at, id`;
  const copies: EventCopy[] = [];
  for (const location of ['public', ...events.map((row) => String(row.location))]) {
    if (!/^(public|event_[a-z0-9_]{1,40})$/.test(location)) throw new Error(`not an event's schema: ${location}`);
    const [row] = await tx.unsafe(`SELECT COALESCE(MAX(seq), 0)::int AS seq FROM ${location}.changes`);
    copies.push({ location, seq: Number(row?.seq ?? 0) });
  }
  return copies;
}

/** pg_dump or pg_restore: from PATH, else Debian's newest /usr/lib/postgresql/<version>/bin. */
export function postgresTool(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && existsSync(join(dir, name))) return join(dir, name);
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(debian, v, 'bin', name)).find((file) => existsSync(file));
  if (!found) throw new Error(`${name} not found: install the PostgreSQL client (Debian: postgresql-client)`);
  return found;
}

function firstLine(error: unknown): string {
  const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr).trim() : '';
  return (stderr || (error instanceof Error ? error.message : String(error))).split('\n')[0] ?? '';
}
