import { randomBytes } from 'node:crypto';
import type postgres from 'postgres';
import type { Change } from '../../shared/changes.js';
import { commandRow, toChange, toRows, type ChangeRow } from './changeRows.js';
import { lookupPerTick } from './lookupPerTick.js';
import { isUnavailable, logChannel, logLock } from './postgresSchema.js';
import { StoreUnavailableError, type ChangeLog, type LogBatch, type ProcessedCommand } from './store.js';

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement. */
const rowsPerInsert = 5000;

const redactQuestion = (key: 'question' | 'into') => `
  UPDATE changes SET data = (jsonb_set(data::jsonb, '{${key},text}', to_jsonb($1::text)) #- '{${key},authorName}' #- '{${key},answer}')::text
  WHERE type LIKE 'question:%' AND (data::jsonb)->'${key}'->>'id' = $2`;

async function processedAmong(sql: postgres.Sql | postgres.TransactionSql, ids: readonly string[]): Promise<Map<string, ProcessedCommand>> {
  const rows = await sql`SELECT id, seq, fingerprint FROM processed_commands WHERE id = ANY(${[...ids]})`;
  return new Map(rows.map((row): [string, ProcessedCommand] => [String(row.id), commandRow.parse(row)]));
}

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
export function createPostgresLog(sql: postgres.Sql, initialSeq: number): ChangeLog {
  let seq = initialSeq;
  const listeners: ((seq: number) => void)[] = [];
  const known = (rows: readonly { seq: number }[]) => (seq = Math.max(seq, rows.at(-1)?.seq ?? 0));
  const readRows = (rows: readonly unknown[]) => rows.flatMap((row) => toChange('postgres', row) ?? []);

  // Re-listening after a dropped connection counts as a notification: what came meanwhile is read from the table.
  const tell = (payload: string) => listeners.forEach((listener) => listener(Number(payload) || seq));
  // Once listening, the client re-listens after each reconnect itself; the first LISTEN is retried here.
  const listen = (): void =>
    void sql.listen(logChannel, tell, () => tell('0')).catch(() => setTimeout(listen, 1000).unref());
  listen();

  return {
    lastSeq: () => seq,
    changesAfter: (since, limit) =>
      reachable(async () => {
        const rows = await sql`SELECT seq, at, type, audience, data FROM changes WHERE seq > ${since} ORDER BY seq LIMIT ${limit}`;
        const changes = readRows(rows);
        known(changes);
        return changes;
      }),
    processedCommand: lookupPerTick((ids) => reachable(() => processedAmong(sql, ids))),
    batch: (since, work) =>
      reachable(async () => {
        // Wrapped: the client's typing would unwrap an array result.
        const { result } = await sql.begin(async (tx) => {
          const [, rows, [top]] = await Promise.all([
            tx`SELECT pg_advisory_xact_lock(${logLock})`,
            tx`SELECT seq, at, type, audience, data FROM changes WHERE seq > ${since} ORDER BY seq`,
            tx`SELECT COALESCE(MAX(seq), 0)::int AS head FROM changes`,
          ]);
          const missed: Change[] = readRows(rows);
          const pending: ChangeRow[] = [];
          const commands: { id: string; seq: number; fingerprint: string | null }[] = [];
          const redactions: [string, string][] = [];
          const batch: LogBatch = {
            head: Math.max(since, Number(top?.head ?? 0)),
            missed,
            processed: (ids) => processedAmong(tx, ids),
            append(entry) {
              pending.push(...toRows(entry));
              if (entry.commandId) commands.push({ id: entry.commandId, seq: entry.seq, fingerprint: entry.fingerprint ?? null });
            },
            redactQuestion: (questionId, placeholder) => void redactions.push([questionId, placeholder]),
          };
          const result = await work(batch);
          const writes: Promise<unknown>[] = [];
          for (let i = 0; i < pending.length; i += rowsPerInsert) {
            writes.push(tx`INSERT INTO changes ${tx(pending.slice(i, i + rowsPerInsert), 'seq', 'at', 'type', 'audience', 'data')}`);
          }
          if (commands.length > 0) writes.push(tx`INSERT INTO processed_commands ${tx(commands, 'id', 'seq', 'fingerprint')}`);
          for (const [questionId, placeholder] of redactions) {
            for (const key of ['question', 'into'] as const) writes.push(tx.unsafe(redactQuestion(key), [placeholder, questionId]));
          }
          const last = pending.at(-1)?.seq;
          // Delivered at commit, not before: a reader never hears of a seq it cannot read yet.
          if (last !== undefined) writes.push(tx`SELECT pg_notify(${logChannel}, ${String(last)})`);
          await Promise.all(writes);
          known([...missed, ...(last === undefined ? [] : [{ seq: last }])]);
          seq = Math.max(seq, batch.head);
          return { result };
        });
        return result;
      }),
    // VACUUM cannot run in a transaction or often; autovacuum reclaims the old row versions.
    scrub: async () => {},
    serverKey: (name) =>
      reachable(async () => {
        const value = randomBytes(32).toString('base64url');
        await sql`INSERT INTO server_keys (name, value) VALUES (${name}, ${value}) ON CONFLICT (name) DO NOTHING`;
        const [row] = await sql`SELECT value FROM server_keys WHERE name = ${name}`;
        return String(row?.value);
      }),
    onForeignCommit: (listener) => void listeners.push(listener),
  };
}
