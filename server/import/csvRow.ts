import type { RejectedRow } from '../../shared/importReport.js';
import { rejectRow, type RowPlace, type SourceSession } from './sourceModel.js';
import { addMinutes, clockTime, durationMinutes, isDate, localInstant } from './sourceTimes.js';

export const csvColumns = [
  'id', 'title', 'date', 'start', 'end', 'duration', 'room', 'speakers', 'abstract', 'kind', 'status',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

const statusWords = new Map([
  ['', 'scheduled'], ['scheduled', 'scheduled'], ['geplant', 'scheduled'], ['confirmed', 'scheduled'],
  ['cancelled', 'cancelled'], ['canceled', 'cancelled'], ['abgesagt', 'cancelled'],
]);

/** "2026-03-28", or "28.03.2026" as German spreadsheets write it. */
function isoDate(text: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : text;
  return isDate(iso) ? iso : null;
}

type Cell = (column: CsvColumn) => string | undefined;

function endOf(cell: Cell, date: string, startsAt: string, zone: string): { iso: string } | { field: string; message: string } {
  const end = cell('end')?.trim();
  if (end) {
    const time = clockTime(end);
    if (!time) return { field: 'end', message: `"${end}" is not a time (HH:MM)` };
    const at = localInstant(date, time, zone, 'end');
    if (!at.ok) return at;
    return at.iso > startsAt ? { iso: at.iso } : { field: 'end', message: 'must be after start (use "duration" past midnight)' };
  }
  const minutes = durationMinutes(cell('duration') ?? '');
  return minutes && minutes > 0 ? { iso: addMinutes(startsAt, minutes) } : { field: 'duration', message: 'give "end" (HH:MM) or "duration" (HH:MM or minutes)' };
}

/** One CSV row as a source session, or every field that is wrong with it. */
export function readCsvRow(cell: Cell, line: number, zone: string): { session: SourceSession } | { rejected: RejectedRow[] } {
  const sourceId = cell('id')?.trim() ?? '';
  const place: RowPlace = { line, path: '', idField: 'id', ...(sourceId ? { sourceId } : {}) };
  const problems: RejectedRow[] = [];
  const refuse = (field: string, message: string) => problems.push(rejectRow(place, field, message));
  if (!sourceId) refuse('id', 'missing');
  const date = isoDate(cell('date')?.trim() ?? '');
  if (!date) refuse('date', `"${cell('date') ?? ''}" is not a date (YYYY-MM-DD or DD.MM.YYYY)`);
  const start = clockTime(cell('start') ?? '');
  if (!start) refuse('start', `"${cell('start') ?? ''}" is not a time (HH:MM)`);
  const status = statusWords.get((cell('status') ?? '').trim().toLowerCase());
  if (!status) refuse('status', `"${cell('status')}" is neither "scheduled" nor "cancelled"`);
  if (!date || !start || problems.length) return { rejected: problems };
  const startsAt = localInstant(date, start, zone, 'start');
  if (!startsAt.ok) return { rejected: [rejectRow(place, startsAt.field, startsAt.message)] };
  const endsAt = endOf(cell, date, startsAt.iso, zone);
  if (!('iso' in endsAt)) return { rejected: [rejectRow(place, endsAt.field, endsAt.message)] };
  const speakers = (cell('speakers') ?? '').split(';').map((s) => s.trim()).filter(Boolean);
  return {
    session: {
      place, sourceId, title: cell('title') ?? '', startsAt: startsAt.iso, endsAt: endsAt.iso,
      room: cell('room') ?? '', speakers, abstract: cell('abstract') ?? '', type: cell('kind') ?? '', state: status ?? '',
    },
  };
}
