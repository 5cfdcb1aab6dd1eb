import { z } from 'zod';
import { conferenceZone, missingOrWrong } from './frabEvent.js';
import { jsonLines, jsonPath } from './jsonText.js';
import { optionalText, personSchema } from './jsonFields.js';
import { fileError, rejectRow, type ParseOptions, type ParseOutcome, type RowPlace, type SourceSession } from './sourceModel.js';
import { addMinutes, durationMinutes } from './sourceTimes.js';

/** C3VOC schedule v2 (its `$schema` names `schema/schedule2`): the conference, and all events in one flat list. */
export const scheduleV2Shape = z.object({
  schedule: z.object({ conference: z.object({}).loose(), events: z.array(z.unknown()) }),
});

const instantText = z.string({ error: missingOrWrong('a date-time') })
  .refine((text) => /T\d{2}:\d{2}/.test(text) && /(Z|[+-]\d{2}:?\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)), 'must be a date-time with offset');

const roomRef = z
  .union([z.string(), z.looseObject({ name: z.string(), guid: z.string().optional() })], { error: missingOrWrong('a room') })
  .transform((room) => (typeof room === 'string' ? room : room.name));

const eventSchema = z.looseObject({
  guid: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  code: z.string().optional(),
  start: instantText,
  end: instantText.optional(),
  duration: z.string().optional(),
  room: roomRef,
  title: z.string({ error: missingOrWrong('text') }),
  type: optionalText,
  abstract: optionalText,
  description: optionalText,
  participants: z.array(personSchema).optional(),
  persons: z.array(personSchema).optional(),
  state: z.string().optional(),
  status: z.string().optional(),
});

const conferenceSchema = z.object({
  acronym: z.string().optional(),
  title: z.string({ error: missingOrWrong('text') }),
  time_zone_name: z.string().optional(),
  rooms: z.array(z.looseObject({ name: z.string(), guid: z.string().optional() })).optional(),
});

/** ISO 8601 (`PT1H30M`) as v2 writes it, or frab's `HH:MM`. */
function minutesOf(duration: string): number | null {
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:\d+S)?$/.exec(duration.trim());
  if (iso && (iso[1] || iso[2])) return Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0);
  return durationMinutes(duration);
}

function readEvent(raw: unknown, place: RowPlace): { session: SourceSession } | { rejected: ReturnType<typeof rejectRow>[] } {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { rejected: parsed.error.issues.map((issue) => rejectRow(place, jsonPath(issue.path) || 'event', issue.message)) };
  const e = parsed.data;
  const sourceId = (e.guid ?? (e.id === undefined ? undefined : String(e.id)) ?? e.code ?? '').trim();
  const at = { ...place, idField: e.guid ? 'guid' : 'id', ...(sourceId ? { sourceId } : {}) };
  if (!sourceId) return { rejected: [rejectRow(at, 'guid', 'missing: every event needs a guid, id or code')] };
  const startsAt = new Date(Date.parse(e.start)).toISOString();
  const minutes = e.end ? Math.round((Date.parse(e.end) - Date.parse(startsAt)) / 60_000) : minutesOf(e.duration ?? '');
  if (minutes === null || minutes <= 0) return { rejected: [rejectRow(at, e.end ? 'end' : 'duration', 'must give an end after the start')] };
  const persons = (e.participants ?? e.persons ?? []).map((p) => (p.public_name ?? p.full_public_name ?? p.name ?? '').trim()).filter(Boolean);
  return {
    session: {
      place: at, sourceId, title: e.title, startsAt, endsAt: addMinutes(startsAt, minutes), room: e.room,
      speakers: persons, abstract: e.abstract.trim() || e.description, type: e.type, state: e.state ?? e.status ?? '',
    },
  };
}

/** A schedule v2 file: event times are instants with offsets, so no day arithmetic is needed. */
export function readScheduleV2(content: string, value: unknown, options: ParseOptions): ParseOutcome {
  const document = scheduleV2Shape.parse(value);
  const conference = conferenceSchema.safeParse(document.schedule.conference);
  if (!conference.success) {
    const issue = conference.error.issues[0];
    return fileError(`schedule.conference${issue ? `.${jsonPath(issue.path)}` : ''}`, issue?.message ?? 'not a conference');
  }
  const zone = conferenceZone(conference.data.time_zone_name, options.timeZone);
  if (!zone.ok) return fileError('schedule.conference.time_zone_name', zone.message);
  const lineOf = jsonLines(content);
  const sessions: SourceSession[] = [];
  const rejected: ReturnType<typeof rejectRow>[] = [];
  document.schedule.events.forEach((raw, i) => {
    const path = ['schedule', 'events', i];
    const row = readEvent(raw, { line: lineOf(path), path: jsonPath(path), idField: 'guid' });
    if ('session' in row) sessions.push(row.session);
    else rejected.push(...row.rejected);
  });
  const named = conference.data.rooms?.map((r) => ({ name: r.name.trim(), ...(r.guid ? { guid: r.guid } : {}) }));
  const rooms = named ?? [...new Set(sessions.map((s) => s.room.trim()))].map((name) => ({ name }));
  const { acronym, title } = conference.data;
  return { ok: true, source: { format: 'schedule-json', event: { acronym, title, timeZone: zone.zone }, rooms, sessions, rejected } };
}
