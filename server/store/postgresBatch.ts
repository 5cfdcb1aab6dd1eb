import type postgres from 'postgres';
import type { Change, ChangeType } from '../../shared/changes.js';
import { checkedData, commandRow, toChange, toRows, type ChangeRow } from './changeRows.js';
import type { PostgresNames } from './postgresSchema.js';
import type { ChangeRewrite, LogBatch, ProcessedCommand } from '../kernel/store.js';

type Sql = postgres.Sql | postgres.ReservedSql;

const redactQuestion = (key: 'question' | 'into', keepAnswer: boolean) => `
  UPDATE changes SET data = (jsonb_set(data::jsonb, '{${key},text}', to_jsonb($1::text)) #- '{${key},authorName}'${keepAnswer ? '' : ` #- '{${key},answer}'`})::text
  WHERE type LIKE 'question:%' AND (data::jsonb)->'${key}'->>'id' = $2`;

type Redaction = { questionId: string; placeholder: string; keepAnswer: boolean };
type Rewrite = { types: readonly ChangeType[]; rewrite: ChangeRewrite };

/** The rows of the rewrites' types, read in the batch's transaction after its appends, rewritten and written back in place. */
async function rewriteRows(tx: postgres.ReservedSql, rewrites: readonly Rewrite[]): Promise<void> {
  for (const { types, rewrite } of rewrites) {
    const rows = await tx`SELECT seq, at, type, audience, data FROM changes WHERE type = ANY(${[...types]}) ORDER BY seq`.execute();
    const updates = rows.flatMap((row) => {
      const change = toChange('postgres', row);
      const data = change ? rewrite(change) : null;
      return change && data !== null ? [{ seq: change.seq, data: checkedData(change, data) }] : [];
    });
    if (updates.length === 0) continue;
    await tx`UPDATE changes SET data = u.data FROM jsonb_to_recordset(${tx.json(updates)}) AS u(seq BIGINT, data TEXT) WHERE changes.seq = u.seq`.execute();
  }
}

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
    const redactions: Redaction[] = [];
    const rewrites: Rewrite[] = [];
    const asked = new Set(commandIds);
    const batch: LogBatch = {
      head: Math.max(since, Number(top?.head ?? 0)),
      missed: readRows(rows),
      processed: async (ids) => (ids.every((id) => asked.has(id)) ? looked : processedAmong(tx, ids)),
      append(entry) {
        pending.push(...toRows(entry));
        if (entry.commandId) commands.push({ id: entry.commandId, seq: entry.seq, fingerprint: entry.fingerprint ?? null });
      },
      redactQuestion: (questionId, placeholder, keepAnswer = false) => void redactions.push({ questionId, placeholder, keepAnswer }),
      rewrite: (types, rewrite) => void rewrites.push({ types, rewrite }),
    };
    const result = await work(batch);
    const writes = writesOf(tx, names.channel, pending, commands, redactions);
    // A rewrite (an erasure, rare) reads the rows after the appends: one round trip more, before the commit.
    if (rewrites.length > 0) await Promise.all(writes).then(() => rewriteRows(tx, rewrites));
    await Promise.all([...(rewrites.length > 0 ? [] : writes), committed(tx)]);
    return { result, missed: batch.missed, head: batch.head, lastAppended: pending.at(-1)?.seq };
  } catch (error) {
    await tx`ROLLBACK`.catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}

function writesOf(tx: postgres.ReservedSql, channel: string, pending: ChangeRow[], commands: { id: string; seq: number; fingerprint: string | null }[], redactions: Redaction[]): Promise<unknown>[] {
  const writes: Promise<unknown>[] = [];
  // One JSON parameter per table, not five per row: the client encodes one string, whatever the batch's size.
  if (pending.length > 0) writes.push(tx`INSERT INTO changes SELECT * FROM jsonb_populate_recordset(NULL::changes, ${tx.json(pending)})`.execute());
  if (commands.length > 0) writes.push(tx`INSERT INTO processed_commands SELECT * FROM jsonb_populate_recordset(NULL::processed_commands, ${tx.json(commands)})`.execute());
  for (const { questionId, placeholder, keepAnswer } of redactions) {
    for (const key of ['question', 'into'] as const) writes.push(tx.unsafe(redactQuestion(key, keepAnswer), [placeholder, questionId]).execute());
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
