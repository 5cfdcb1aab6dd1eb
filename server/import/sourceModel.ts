import type { FieldIssue } from '../../shared/errors.js';
import { sessionKinds, type Session } from '../../shared/model.js';
import type { ImportFormat } from '../../shared/programmeImport.js';
import type { RejectedRow } from '../../shared/importReport.js';
import type { TimeDisagreement, TimeReading } from './sourceTimes.js';

/** Where a row sits in its file, for messages that let an organizer find it. */
export interface RowPlace {
  line: number | null;
  /** Prefix for field names where the format has no lines worth naming (JSON paths). */
  path: string;
  /** The field the row's id came from: `guid`, `id`. */
  idField: string;
  sourceId?: string;
}

/** A session as a source describes it, before ids, rooms and text are made ours. */
export interface SourceSession {
  place: RowPlace;
  sourceId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  /** A room name (frab, JSON) or a room id or name (CSV). */
  room: string;
  speakers: string[];
  /** Possibly HTML. */
  abstract: string;
  type: string;
  /** frab/pretalx `state` or `status`, CSV `status`. */
  state: string;
  /** The file's exact date and its local start disagree: both readings, the chosen one in startsAt. */
  disagreement?: TimeDisagreement;
}

/** What a parser needs besides the text: the zone for files without one, and the organizer's choice of reading. */
export interface ParseOptions {
  timeZone: string;
  timeReading?: TimeReading;
}

export interface SourceRoom {
  name: string;
  guid?: string;
}

export interface SourceProgramme {
  format: ImportFormat;
  event: { acronym?: string; title?: string; timeZone: string };
  /** `existing`: the format has no room list (CSV): sessions name rooms of the current event, or new ones. */
  rooms: SourceRoom[] | 'existing';
  sessions: SourceSession[];
  rejected: RejectedRow[];
}

export type ParseOutcome = { ok: true; source: SourceProgramme } | { ok: false; issues: FieldIssue[] };

export const fileError = (path: string, message: string): ParseOutcome => ({ ok: false, issues: [{ path, message }] });

/** What each accepted format must have, named when a file is none of them. */
export const acceptedFormats =
  'frab schedule.xml (<schedule> with <conference> and <day>), C3VOC/pretalx schedule.json (schedule.conference.days[].rooms), '
  + 'C3VOC schedule v2 (schedule.conference and a flat schedule.events[]), CSV (columns id, title, date, start, room and end or duration)';

/** A file in no format we read: what was missing, and which formats are accepted. */
export const unknownFormat = (path: string, missing: string): ParseOutcome =>
  fileError(path, `${missing}. Accepted formats: ${acceptedFormats}`);

export function rejectRow(place: RowPlace, field: string, message: string): RejectedRow {
  const fullField = place.path ? `${place.path}.${field}` : field;
  return { line: place.line, field: fullField, ...(place.sourceId ? { sourceId: place.sourceId } : {}), message };
}

/** The 1-based line of a character offset. */
export function lineAt(content: string, offset: number): number {
  let line = 1;
  for (let i = content.indexOf('\n'); i !== -1 && i < offset; i = content.indexOf('\n', i + 1)) line++;
  return line;
}

const cancelledStates = /^(cancell?ed|withdrawn|abgesagt|entf(ä|ae)llt|storniert)$/i;
const cancelledTitle = /^\s*[[(]?\s*(abgesagt|cancell?ed|entf(ä|ae)llt|f(ä|ae)llt aus)\s*[\])]?\s*[:–—-]?\s*/i;

/**
 * Sources mark a cancelled talk in different ways: a `state`, a type, or a title prefix such as
 * "ABGESAGT: ". The prefix is taken off, so a reinstated talk gets its title back unchanged.
 */
export function cancellation(title: string, state: string, type: string): { title: string; cancelled: boolean } {
  if (cancelledStates.test(state.trim()) || cancelledStates.test(type.trim())) return { title: title.trim(), cancelled: true };
  const stripped = title.replace(cancelledTitle, '');
  return stripped !== title && stripped.trim() ? { title: stripped.trim(), cancelled: true } : { title: title.trim(), cancelled: false };
}

const kindWords: [Session['kind'], RegExp][] = [
  ['opening', /^(opening|er(ö|oe)ffnung|begr(ü|ue)(ß|ss)ung|welcome|gru(ß|ss)wort)/i],
  ['break', /^(break|pause|kaffeepause|mittagspause|lunch|coffee)/i],
  ['market', /^(market|markt|expo|exhibition|ausstellung)/i],
  ['networking', /^(networking|meetup|get-together|social|registration|registrierung|ankommen)/i],
];

/** Our session kind from a source's free `type`; anything unknown is a talk. */
export function kindOf(type: string): Session['kind'] {
  const trimmed = type.trim().toLowerCase();
  const exact = sessionKinds.find((kind) => kind === trimmed);
  return exact ?? kindWords.find(([, words]) => words.test(trimmed))?.[0] ?? 'talk';
}

/** A record's own entry: `record["constructor"]` would otherwise find Object's, and ids may be any word. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
