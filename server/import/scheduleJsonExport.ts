import type { PublicState } from '../../shared/publicState.js';
import { exportProgramme, isoInZone, type ExportEvent } from './exportDays.js';

function eventJson(e: ExportEvent, zone: string) {
  const s = e.session;
  return {
    guid: e.guid,
    id: e.number,
    date: isoInZone(s.startsAt, zone),
    start: e.start,
    duration: e.duration,
    room: e.roomName,
    slug: e.slug,
    title: s.title,
    subtitle: '',
    track: null,
    type: s.kind,
    language: 'de',
    abstract: s.abstract,
    description: '',
    persons: s.speakers.map((name) => ({ public_name: name })),
    links: [],
    attachments: [],
    // Not in the C3VOC schema, which has no cancelled events; our importer and docs know it.
    ...(s.status === 'cancelled' ? { state: 'cancelled' } : {}),
  };
}

/** The public programme in the C3VOC schedule.json shape (as frab and pretalx publish it). */
export function scheduleJsonExport(state: PublicState, version: string): object | null {
  const programme = exportProgramme(state);
  if (!programme) return null;
  const { event, rooms, days } = programme;
  const zone = event.timeZone;
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'ortstermin' },
    schedule: {
      version,
      conference: {
        acronym: event.id,
        title: event.name,
        start: days[0]?.date ?? '',
        end: days[days.length - 1]?.date ?? '',
        daysCount: days.length,
        timeslot_duration: '00:05',
        time_zone_name: zone,
        rooms: rooms.map((room) => ({ name: room.name, guid: room.guid })),
        days: days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(day.rooms.map(({ room, events }) => [room.name, events.map((e) => eventJson(e, zone))])),
        })),
      },
    },
  };
}
