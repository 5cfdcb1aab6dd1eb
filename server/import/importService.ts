import type { FieldIssue } from '../../shared/errors.js';
import type { PublicState } from '../../shared/publicState.js';
import { changesProgramme, type ImportFormat } from '../../shared/programmeImport.js';
import type { ImportPreview } from '../../shared/importReport.js';
import { defaultTimeZone } from '../../shared/time.js';
import type { LiveState } from '../kernel/liveState.js';
import { parseCsvProgramme } from './csvProgramme.js';
import { parseFrabXml } from './frabXml.js';
import { normalizeProgramme, type Normalized } from './normalizeProgramme.js';
import { parseScheduleJson } from './scheduleJson.js';
import { nestingIssue } from './nesting.js';
import type { ParseOptions, ParseOutcome } from './sourceModel.js';
import type { TimeReading } from './sourceTimes.js';

const parsers: Record<ImportFormat, (content: string, options: ParseOptions) => ParseOutcome> = {
  'frab-xml': parseFrabXml,
  'schedule-json': parseScheduleJson,
  csv: parseCsvProgramme,
};

/** The format the text shows (XML starts with `<`, JSON with `{`), else the one the organizer picked. */
function formatOf(format: ImportFormat, content: string): ImportFormat {
  const first = content.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '<' ? 'frab-xml' : first === '{' ? 'schedule-json' : format;
}

/** A file as the programme it would make: sources without a zone (CSV, old frab) use the event's. */
export function readImport(format: ImportFormat, content: string, state: PublicState, timeReading?: TimeReading): Normalized {
  const deep = nestingIssue(content);
  if (deep) return { ok: false, issues: [deep] };
  const parsed = parsers[formatOf(format, content)](content, { timeZone: state.event?.timeZone ?? defaultTimeZone, timeReading });
  return parsed.ok ? normalizeProgramme(parsed.source, state) : parsed;
}

/** True when something changed the programme after `baseSeq`, or when that can no longer be told. */
export function programmeChangedSince(live: LiveState, baseSeq: number): boolean {
  if (baseSeq > live.seq()) return true;
  const since = live.changesAfter(baseSeq, ['public', 'staff']);
  return since === null || since.some((change) => changesProgramme(change.type));
}

/** Rejected rows as the issues of a refused apply: each names its line and field. */
export function rejectedAsIssues(rejected: ImportPreview['rejected']): FieldIssue[] {
  return rejected.slice(0, 200).map((row) => ({
    path: row.line === null ? row.field : `line ${row.line}: ${row.field}`,
    message: row.message,
  }));
}
