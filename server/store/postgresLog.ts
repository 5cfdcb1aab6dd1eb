import { randomBytes } from 'node:crypto';
import type postgres from 'postgres';
import { toChange } from './changeRows.js';
import { processedAmong, runPostgresBatch } from './postgresBatch.js';
import { lookupPerTick } from './lookupPerTick.js';
import { isUnavailable, type PostgresNames } from './postgresSchema.js';
import { StoreUnavailableError, type ChangeLog } from '../kernel/store.js';

/** Connection trouble becomes the typed error the pipeline answers `unavailable` with. */
async function reachable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnavailable(error)) throw new StoreUnavailableError(error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/**
 * The change log in PostgreSQL, shared by several processes. A batch holds a transaction-level
 * advisory lock from before it reads what it has not applied yet until its commit, so every
 * decision sees the whole history and seqs are appended in order without gaps a reader could see.
 * The commit's NOTIFY carries only the new seq; each process then reads the rows themselves.
 */
export function createPostgresLog(sql: postgres.Sql, initialSeq: number, names: PostgresNames): ChangeLog {
  let seq = initialSeq;
  const listeners: ((seq: number) => void)[] = [];
  const known = (rows: readonly { seq: number }[]) => (seq = Math.max(seq, rows.at(-1)?.seq ?? 0));
  const readRows = (rows: readonly unknown[]) => rows.flatMap((row) => toChange('postgres', row) ?? []);

  // Re-listening after a dropped connection counts as a notification: what came meanwhile is read from the table.
  const tell = (payload: string) => listeners.forEach((listener) => listener(Number(payload) || seq));
  // Once listening, the client re-listens after each reconnect itself; the first LISTEN is retried here.
  const listen = (): void =>
    void sql.listen(names.channel, tell, () => tell('0')).catch(() => setTimeout(listen, 1000).unref());
  listen();

  return {
    lastSeq: () => seq,
    changesAfter: (since, limit, audiences) =>
      reachable(async () => {
        const rows = audiences
          ? await sql`SELECT seq, at, type, audience, data FROM changes WHERE seq > ${since} AND audience = ANY(${[...audiences]}) ORDER BY seq LIMIT ${limit}`
          : await sql`SELECT seq, at, type, audience, data FROM changes WHERE seq > ${since} ORDER BY seq LIMIT ${limit}`;
        const changes = readRows(rows);
        known(changes);
        return changes;
      }),
    processedCommand: lookupPerTick((ids) => reachable(() => processedAmong(sql, ids))),
    batch: (since, work, commandIds = []) =>
      reachable(async () => {
        const outcome = await runPostgresBatch(sql, names, since, commandIds, readRows, work);
        known([...outcome.missed, ...(outcome.lastAppended === undefined ? [] : [{ seq: outcome.lastAppended }])]);
        seq = Math.max(seq, outcome.head);
        return outcome.result;
      }),
    // VACUUM cannot run in a transaction or often: after one deletion autovacuum reclaims the old
    // row versions; after an erasure of many rows they are vacuumed at once.
    scrub: async (thorough = false) => {
      if (thorough) await reachable(() => sql`VACUUM changes`.execute());
    },
    probeWrite: () =>
      reachable(async () => {
        const at = new Date().toISOString();
        await sql`INSERT INTO server_keys (name, value) VALUES ('write-probe', ${at}) ON CONFLICT (name) DO UPDATE SET value = ${at}`;
      }),
    serverKey: (name) =>
      reachable(async () => {
        const value = randomBytes(32).toString('base64url');
        await sql`INSERT INTO server_keys (name, value) VALUES (${name}, ${value}) ON CONFLICT (name) DO NOTHING`;
        const [row] = await sql`SELECT value FROM server_keys WHERE name = ${name}`;
        return String(row?.value);
      }),
    onForeignCommit: (listener) => void listeners.push(listener),
    // A session lock on a connection of its own: it ends with the holder's connection, even by kill -9.
    importLock: () =>
      reachable(async () => {
        const held = await sql.reserve();
        const [row] = await held`SELECT pg_try_advisory_lock(${names.importLock}) AS locked`.catch((error: unknown) => {
          held.release();
          throw error;
        });
        if (row?.locked !== true) {
          held.release();
          return null;
        }
        return async () => {
          await held`SELECT pg_advisory_unlock(${names.importLock})`.catch(() => {});
          held.release();
        };
      }),
  };
}
