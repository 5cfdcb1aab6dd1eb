import type { z } from 'zod';
import type { FieldIssue } from '../../shared/errors.js';
import { limits, type EventInfo } from '../../shared/model.js';
import type { PublicState } from '../../shared/publicState.js';
import { importedProgrammeSchema, importedSessionSchema, type ImportedProgramme, type ImportedSession } from '../../shared/programmeImport.js';
import type { RejectedRow, TimeConflict } from '../../shared/importReport.js';
import { noVisibleText } from '../../shared/text.js';
import { htmlToPlainText } from './plainText.js';
import { resolveRooms, type RoomResolution } from './resolveRooms.js';
import { entityIdFromSource, idMapper, type IdMapper } from '../kernel/ids.js';
import { cancellation, kindOf, rejectRow, type SourceProgramme, type SourceSession } from './sourceModel.js';

export type Normalized =
  | { ok: true; programme: ImportedProgramme; rejected: RejectedRow[]; timeConflict?: TimeConflict }
  | { ok: false; issues: FieldIssue[] };

/** Said once for the whole file: how many sessions the two readings disagree on, and one example. */
function timeConflictOf(source: SourceProgramme): TimeConflict | undefined {
  const disagreeing = source.sessions.filter((s) => s.disagreement);
  const first = disagreeing[0];
  if (!first?.disagreement) return undefined;
  const example = { sourceId: first.sourceId, title: first.title.trim(), ...first.disagreement };
  return { count: disagreeing.length, zone: source.event.timeZone, example };
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** zod's wording for an empty required text is "Too small: expected string to have >=1 characters"; the text rule's is its own. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return 'missing';
  if (issue.message === noVisibleText) return 'missing';
  if (issue.code === 'too_big' && issue.origin === 'string') return `longer than ${String(issue.maximum)} characters`;
  return issue.message;
}

function toSession(source: SourceSession, id: string, roomId: string): ImportedSession | RejectedRow[] {
  const { title, cancelled } = cancellation(source.title, source.state, source.type);
  const candidate = {
    id,
    title,
    abstract: clip(htmlToPlainText(source.abstract), limits.abstract),
    speakers: source.speakers,
    kind: kindOf(source.type),
    status: cancelled ? 'cancelled' : 'scheduled',
    startsAt: source.startsAt,
    endsAt: source.endsAt,
    roomId,
  };
  const parsed = importedSessionSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => rejectRow(source.place, issue.path.join('.') || 'event', plainMessage(issue)));
}

/** Ids, rooms and text made ours; every row that cannot be a session is reported, none dropped silently. */
function normalizeSessions(source: SourceProgramme, rooms: RoomResolution, ids: IdMapper) {
  const sessions: ImportedSession[] = [];
  const rejected = [...source.rejected];
  const firstLineOf = new Map<string, number | null>();
  for (const row of source.sessions) {
    const id = ids.sessionId(row.sourceId);
    if (firstLineOf.has(id)) {
      const first = firstLineOf.get(id);
      rejected.push(rejectRow(row.place, row.place.idField, `duplicate id "${row.sourceId}"${first ? ` (first on line ${first})` : ''}`));
      continue;
    }
    firstLineOf.set(id, row.place.line);
    const roomId = rooms.roomIdOf(row.room);
    if (!roomId) {
      rejected.push(rejectRow(row.place, 'room', `unknown room "${row.room}"; known: ${rooms.knownNames().join(', ')}`));
      continue;
    }
    const session = toSession(row, id, roomId);
    if (Array.isArray(session)) rejected.push(...session);
    else sessions.push(session);
  }
  return { sessions, rejected };
}

/** The event as the file describes it; venue and city, which frab has no place for, stay ours. */
function eventOf(source: SourceProgramme, current: EventInfo | null, sessions: ImportedSession[]): EventInfo | null {
  const held = sessions.filter((s) => s.status === 'scheduled');
  const bounds = held.length ? held : sessions;
  const starts = bounds.map((s) => s.startsAt).sort();
  const ends = bounds.map((s) => s.endsAt).sort();
  const startsAt = starts[0] ?? current?.startsAt;
  const endsAt = ends[ends.length - 1] ?? current?.endsAt;
  if (!startsAt || !endsAt) return null;
  const acronym = source.event.acronym?.trim();
  return {
    id: acronym ? entityIdFromSource(acronym) : (current?.id ?? 'event'),
    name: clip(source.event.title?.trim() || current?.name || acronym || 'Programm', limits.title),
    venue: current?.venue ?? '',
    city: current?.city ?? '',
    // What the organizer set on our side, which no programme format carries.
    ...(current?.address ? { address: current.address } : {}),
    ...(current?.description ? { description: current.description } : {}),
    ...(current?.links ? { links: current.links } : {}),
    timeZone: source.event.timeZone,
    startsAt,
    endsAt,
  };
}

const eventAndRoomsSchema = importedProgrammeSchema.pick({ event: true, rooms: true });

/**
 * The event's and the rooms' texts through the same text rule as each session's (`importedSessionSchema`):
 * a file's control characters are taken out, a name that shows nothing is refused.
 */
function checkedTexts(programme: ImportedProgramme): { ok: true; programme: ImportedProgramme } | { ok: false; issues: FieldIssue[] } {
  const parsed = eventAndRoomsSchema.safeParse(programme);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: plainMessage(issue) })) };
  return { ok: true, programme: { ...programme, ...parsed.data } };
}

/** A parsed source as the programme an import would make, checked against the current state. */
export function normalizeProgramme(source: SourceProgramme, state: PublicState): Normalized {
  const ids = idMapper(state);
  const rooms = resolveRooms(source.rooms, state, ids, source.sessions.map((s) => s.room));
  const { sessions, rejected } = normalizeSessions(source, rooms, ids);
  if (source.sessions.length + source.rejected.length === 0) {
    return { ok: false, issues: [{ path: 'sessions', message: 'the file has no sessions' }] };
  }
  if (sessions.length > 5000) return { ok: false, issues: [{ path: 'sessions', message: 'more than 5000 sessions' }] };
  const event = eventOf(source, state.event, sessions);
  if (!event) return { ok: false, issues: [{ path: 'sessions', message: 'no session could be read' }] };
  const checked = checkedTexts({ event, rooms: rooms.rooms, sessions });
  if (!checked.ok) return checked;
  const timeConflict = timeConflictOf(source);
  return { ok: true, programme: checked.programme, rejected, ...(timeConflict ? { timeConflict } : {}) };
}
