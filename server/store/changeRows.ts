import { z } from 'zod';
import { parseChange, type Change } from '../../shared/changes.js';
import { UnreadableChangeError, type AccessCodeRecord, type LogEntry, type SeriesEventRecord } from '../kernel/store.js';

const staffRole = z.enum(['host', 'moderator', 'organizer']);

/** How both stores keep a change: its data as JSON text, so a row reads back exactly as written. */
export type ChangeRow = {
  seq: number;
  at: string;
  type: string;
  audience: string;
  data: string;
};

const changeRow = z.object({ seq: z.coerce.number(), at: z.string(), type: z.string(), audience: z.string(), data: z.string() });
export const codeRow = z.object({
  id: z.string(),
  role: staffRole,
  stand_id: z.string().nullable(),
  event_id: z.string().nullable(),
  label: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});
export const commandRow = z.object({ seq: z.coerce.number(), fingerprint: z.string().nullable() });
export const tokenRow = z.object({ id: z.string(), code_id: z.string(), role: staffRole, stand_id: z.string().nullable(), event_id: z.string().nullable() });

/** A token row as the stores read it (with its code's event). */
export function toToken(row: unknown) {
  const r = tokenRow.parse(row);
  return { id: r.id, codeId: r.code_id, role: r.role, standId: r.stand_id, eventId: r.event_id };
}

function readChange(parts: ChangeRow): Change | null {
  try {
    return parseChange({ ...parts, data: JSON.parse(parts.data) });
  } catch {
    return null;
  }
}

/**
 * A row that does not parse (a damaged file, or a change an older version let through) is skipped
 * and named, once per process, rather than keeping the whole event from starting. README
 * ("A damaged change log") says how to look at it and take it out.
 */
const reportedRows = new Set<string>();
export function toChange(source: string, row: unknown): Change | null {
  const parts = changeRow.parse(row);
  const change = readChange(parts);
  if (!change && !reportedRows.has(`${source}:${parts.seq}`)) {
    reportedRows.add(`${source}:${parts.seq}`);
    console.error(
      `change log row ${parts.seq} (${parts.type.slice(0, 40)}) does not match its schema and is skipped; see README, "A damaged change log"`,
    );
  }
  return change;
}

/** The commit path's own guard: whatever a handler decided, no phone may find a change it cannot read. */
export function toRows(entry: LogEntry): ChangeRow[] {
  return entry.changes.map((change) => {
    const row = { seq: change.seq, at: change.at, type: change.type, audience: change.audience, data: JSON.stringify(change.data) };
    if (!readChange(row)) throw new UnreadableChangeError(`a ${change.type} change does not match the change schema`);
    return row;
  });
}

/** A rewritten change's data as stored, after the same guard: an erasure never leaves a row no phone can read. */
export function checkedData(change: Change, data: Change['data']): string {
  const row = { seq: change.seq, at: change.at, type: change.type, audience: change.audience, data: JSON.stringify(data) };
  if (!readChange(row)) throw new UnreadableChangeError(`a rewritten ${change.type} change does not match the change schema`);
  return row.data;
}

export function toCode(row: unknown): AccessCodeRecord {
  const r = codeRow.parse(row);
  return { id: r.id, role: r.role, standId: r.stand_id, eventId: r.event_id, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at };
}

export const seriesRow = z.object({ id: z.string(), slug: z.string(), location: z.string(), created_at: z.string(), closed_at: z.string().nullable() });

export function toSeriesEvent(row: unknown): SeriesEventRecord {
  const r = seriesRow.parse(row);
  return { id: r.id, slug: r.slug, location: r.location, createdAt: r.created_at, closedAt: r.closed_at };
}
