import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { RejectedRow } from '../../shared/importReport.js';
import { csvColumns, readCsvRow, type CsvColumn } from './csvRow.js';
import { fileError, unknownFormat, type ParseOptions, type ParseOutcome, type SourceSession } from './sourceModel.js';

/** Header names, English and German, for each column: see docs/import-formats.md. */
const columnNames: Record<CsvColumn, string[]> = {
  id: ['id'],
  title: ['title', 'titel'],
  date: ['date', 'datum'],
  start: ['start', 'beginn'],
  end: ['end', 'ende'],
  duration: ['duration', 'dauer'],
  room: ['room', 'raum'],
  speakers: ['speakers', 'referenten', 'referierende'],
  abstract: ['abstract', 'beschreibung'],
  kind: ['kind', 'art'],
  status: ['status'],
};
const requiredColumns: CsvColumn[] = ['id', 'title', 'date', 'start', 'room'];

const parsedRowSchema = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }), raw: z.string() }));

/** Excel in Germany writes ";" and elsewhere ","; the header line tells which. */
function delimiterOf(content: string): string {
  const header = content.slice(0, content.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(content: string) {
  try {
    const rows = parse(content, { bom: true, delimiter: delimiterOf(content), info: true, raw: true, skip_empty_lines: true, relax_column_count: true, trim: true });
    return { ok: true as const, rows: parsedRowSchema.parse(rows) };
  } catch (error) {
    const line = z.object({ lines: z.number() }).safeParse(error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false as const, outcome: fileError(line.success ? `line ${line.data.lines}` : 'content', message) };
  }
}

/** A record's first line: csv-parse reports the last, and a quoted field may span lines. */
const firstLine = (lines: number, raw: string) =>
  lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);

function columnIndexes(header: string[]): Partial<Record<CsvColumn, number>> | string {
  const found: Partial<Record<CsvColumn, number>> = {};
  header.forEach((name, index) => {
    const column = csvColumns.find((c) => columnNames[c].includes(name.trim().toLowerCase()));
    if (column && found[column] === undefined) found[column] = index;
  });
  const missing = requiredColumns.filter((c) => found[c] === undefined);
  if (found.end === undefined && found.duration === undefined) missing.push('end');
  return missing.length ? `missing column(s): ${missing.join(', ')} (or "duration" instead of "end")` : found;
}

/** One session per row, in the current event's zone and rooms; the first row names the columns. */
export function parseCsvProgramme(content: string, { timeZone }: ParseOptions): ParseOutcome {
  const csv = readCsv(content);
  if (!csv.ok) return csv.outcome;
  const [header, ...rows] = csv.rows;
  if (!header) return fileError('line 1', 'the file is empty');
  const columns = columnIndexes(header.record);
  if (typeof columns === 'string') {
    // A header with none of our columns is no programme CSV at all: say which formats we read.
    const ours = header.record.some((name) => csvColumns.some((c) => columnNames[c].includes(name.trim().toLowerCase())));
    return ours ? fileError('line 1', columns) : unknownFormat('line 1', `not a programme CSV: ${columns}`);
  }
  if (rows.length === 0) return fileError('line 2', 'no rows after the header');
  const sessions: SourceSession[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of rows) {
    const cell = (column: CsvColumn) => {
      const index = columns[column];
      return index === undefined ? undefined : (row.record[index] ?? '');
    };
    const read = readCsvRow(cell, firstLine(row.info.lines, row.raw), timeZone);
    if ('session' in read) sessions.push(read.session);
    else rejected.push(...read.rejected);
  }
  return { ok: true, source: { format: 'csv', event: { timeZone }, rooms: 'existing', sessions, rejected } };
}
