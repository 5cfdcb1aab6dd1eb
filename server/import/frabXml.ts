import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import type { RejectedRow } from '../../shared/importReport.js';
import { isDate } from './sourceTimes.js';
import { fileError, lineAt, unknownFormat, type ParseOptions, type ParseOutcome, type RowPlace, type SourceRoom, type SourceSession } from './sourceModel.js';
import type { TimeReading } from './sourceTimes.js';
import { conferenceZone, eventRow, frabEventSchema, text, zodRejections } from './frabEvent.js';

/** Elements that may repeat; everything else is read as a single child. */
const listPaths = new Set([
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  captureMetaData: true,
  isArray: (_name, path) => listPaths.has(String(path)),
});

const metaSymbol = XMLParser.getMetaDataSymbol();
const metaSchema = z.object({ startIndex: z.number() });

const documentSchema = z.object({
  schedule: z.object(
    {
      conference: z.object(
        { title: text, acronym: text.optional(), time_zone_name: text.optional() },
        { error: 'missing <conference>' },
      ),
      day: z.array(z.unknown(), { error: 'the schedule has no <day>' }),
    },
    { error: 'the root element must be <schedule>' },
  ),
});

const daySchema = z.object({
  '@_date': z.string().refine(isDate, 'not a date (YYYY-MM-DD)'),
  '@_start': z.string().optional(),
  room: z
    .array(z.object({ '@_name': z.string().optional(), '@_guid': z.string().optional(), event: z.array(z.unknown()).default([]) }))
    .default([]),
});

/** The validator passed the syntax; the parser can still refuse e.g. runaway entity expansion. */
function readXml(content: string): { ok: true; tree: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, tree: parser.parse(content) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Where an element starts, from the parser's metadata; null for text-only elements. */
function lineOf(content: string, node: unknown): number | null {
  if (typeof node !== 'object' || node === null) return null;
  // The library types its symbol as the boxed `Symbol`; finding the key on the node gives a real one.
  const key = Object.getOwnPropertySymbols(node).find((symbol) => symbol === metaSymbol);
  if (!key) return null;
  const meta = metaSchema.safeParse(Reflect.get(node, key));
  return meta.success ? lineAt(content, meta.data.startIndex) : null;
}

interface DayReading {
  content: string;
  zone: string;
  reading?: TimeReading;
  sessions: SourceSession[];
  rejected: RejectedRow[];
  rooms: Map<string, SourceRoom>;
}

function readDay(read: DayReading, rawDay: unknown, index: number): void {
  const dayPlace: RowPlace = { line: lineOf(read.content, rawDay), path: `day[${index + 1}]`, idField: 'date' };
  const day = daySchema.safeParse(rawDay);
  if (!day.success) {
    read.rejected.push(...zodRejections(dayPlace, day.error));
    return;
  }
  for (const room of day.data.room) {
    const name = room['@_name']?.trim();
    if (name && !read.rooms.has(name)) read.rooms.set(name, { name, ...(room['@_guid'] ? { guid: room['@_guid'] } : {}) });
    for (const rawEvent of room.event) {
      const place: RowPlace = { line: lineOf(read.content, rawEvent), path: '', idField: 'guid' };
      const event = frabEventSchema.safeParse(rawEvent);
      if (!event.success) {
        read.rejected.push(...zodRejections(place, event.error));
        continue;
      }
      const context = { place, dayDate: day.data['@_date'], dayStart: day.data['@_start'], zone: read.zone, reading: read.reading, roomName: room['@_name'] };
      const row = eventRow(event.data, context);
      if ('session' in row) read.sessions.push(row.session);
      else read.rejected.push(row.rejected);
    }
  }
}

/** frab's schedule.xml (also pretalx's and the C3VOC tools'): conference, days, rooms, events. */
export function parseFrabXml(content: string, options: ParseOptions): ParseOutcome {
  const valid = XMLValidator.validate(content);
  if (valid !== true) return fileError(`line ${valid.err.line}`, `column ${valid.err.col}: ${valid.err.msg}`);
  const xml = readXml(content);
  if (!xml.ok) return fileError('schedule', xml.message);
  const document = documentSchema.safeParse(xml.tree);
  if (!document.success) {
    const issue = document.error.issues[0];
    return unknownFormat(issue ? issue.path.join('.') : 'schedule', `not a frab schedule.xml: ${issue?.message ?? 'no <schedule>'}`);
  }
  const { conference, day: days } = document.data.schedule;
  const zone = conferenceZone(conference.time_zone_name, options.timeZone);
  if (!zone.ok) return fileError('schedule.conference.time_zone_name', zone.message);

  const read: DayReading = { content, zone: zone.zone, reading: options.timeReading, sessions: [], rejected: [], rooms: new Map() };
  days.forEach((rawDay, index) => readDay(read, rawDay, index));
  return {
    ok: true,
    source: {
      format: 'frab-xml',
      event: { acronym: conference.acronym, title: conference.title, timeZone: zone.zone },
      rooms: [...read.rooms.values()],
      sessions: read.sessions,
      rejected: read.rejected,
    },
  };
}
