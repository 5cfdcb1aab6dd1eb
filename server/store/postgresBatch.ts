import type postgres from 'postgres';
import type { Change } from '../../shared/changes.js';
import { commandRow, toRows, type ChangeRow } from './changeRows.js';
import type { PostgresNames } from './postgresSchema.js';
import type { LogBatch, ProcessedCommand } from '../kernel/store.js';

type Sql = postgres.Sql | postgres.ReservedSql;

const redactQuestion = (key: 'question' | 'into') => `
  UPDATE changes SET data = (jsonb_set(data::jsonb, '{${key},text}', to_jsonb($1::text)) #- '{${key},authorName}' #- '{${key},answer}')::text
  WHERE type LIKE 'question:%' AND (data::jsonb)->'${key}'->>'id' = $2`;

export async function processedAmong(sql: Sql, ids: readonly string[]): Promise<Map<string, ProcessedCommand>> {
  if (ids.length === 0) return new Map();
  const rows = await sql`SELECT id, seq, fingerprint FROM processed_commands WHERE id = ANY(${[...ids]})`.execute();
  return new Map(rows.map((row): [string, ProcessedCommand] => [String(row.id), commandRow.parse(row)]));
}

export interface BatchOutcome<T> {
  result: T;
  missed: readonly Change[];
  head: number;
  lastAppended: number | undefined;
}

/**
 * One batch as one transaction on its own connection, in two round trips while the lock is held:
 * begin, lock, read what others appended and look up the batch's command ids, all sent at once;
 * then, after deciding, every write, the notification and the commit, all sent at once. The other
 * processes wait for this lock, so each round trip less in it is throughput for all of them.
 */
export async function runPostgresBatch<T>(
  sql: postgres.Sql,
  names: PostgresNames,
  since: number,
  commandIds: readonly string[],
  readRows: (rows: readonly unknown[]) => Change[],
  work: (batch: LogBatch) => Promise<T>,
): Promise<BatchOutcome<T>> {
  const tx = await sql.reserve();
  try {
    // Queries start when awaited; `execute` sends each now, so they reach the server in this order.
    const [, , rows, [top], looked] = await Promise.all([
      tx`BEGIN`.execute(),
      tx`SELECT pg_advisory_xact_lock(${names.logLock})`.execute(),
      tx`SELECT seq, at, type, audience, data FROM changes WHERE seq > ${since} ORDER BY seq`.execute(),
      tx`SELECT COALESCE(MAX(seq), 0)::int AS head FROM changes`.execute(),
      processedAmong(tx, commandIds),
    ]);
    const pending: ChangeRow[] = [];
    const commands: { id: string; seq: number; fingerprint: string | null }[] = [];
    const redactions: [string, string][] = [];
    const asked = new Set(commandIds);
    const batch: LogBatch = {
      head: Math.max(since, Number(top?.head ?? 0)),
      missed: readRows(rows),
      processed: async (ids) => (ids.every((id) => asked.has(id)) ? looked : processedAmong(tx, ids)),
      append(entry) {
        pending.push(...toRows(entry));
        if (entry.commandId) commands.push({ id: entry.commandId, seq: entry.seq, fingerprint: entry.fingerprint ?? null });
      },
      redactQuestion: (questionId, placeholder) => void redactions.push([questionId, placeholder]),
    };
    const result = await work(batch);
    await Promise.all([...writesOf(tx, names.channel, pending, commands, redactions), committed(tx)]);
    return { result, missed: batch.missed, head: batch.head, lastAppended: pending.at(-1)?.seq };
  } catch (error) {
    await tx`ROLLBACK`.catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}

function writesOf(tx: postgres.ReservedSql, channel: string, pending: ChangeRow[], commands: { id: string; seq: number; fingerprint: string | null }[], redactions: [string, string][]): Promise<unknown>[] {
  const writes: Promise<unknown>[] = [];
  // One JSON parameter per table, not five per row: the client encodes one string, whatever the batch's size.
  if (pending.length > 0) writes.push(tx`INSERT INTO changes SELECT * FROM jsonb_populate_recordset(NULL::changes, ${tx.json(pending)})`.execute());
  if (commands.length > 0) writes.push(tx`INSERT INTO processed_commands SELECT * FROM jsonb_populate_recordset(NULL::processed_commands, ${tx.json(commands)})`.execute());
  for (const [questionId, placeholder] of redactions) {
    for (const key of ['question', 'into'] as const) writes.push(tx.unsafe(redactQuestion(key), [placeholder, questionId]).execute());
  }
  const last = pending.at(-1)?.seq;
  // Delivered at commit, not before: a reader never hears of a seq it cannot read yet.
  if (last !== undefined) writes.push(tx`SELECT pg_notify(${channel}, ${String(last)})`.execute());
  return writes;
}

/** A COMMIT after a failed statement ends the transaction as a rollback, without an error of its own. */
async function committed(tx: postgres.ReservedSql): Promise<void> {
  const result = await tx`COMMIT`.execute();
  if (result.command !== 'COMMIT') throw new Error(`the batch was rolled back (${result.command})`);
}
