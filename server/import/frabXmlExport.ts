import type { PublicState } from '../../shared/publicState.js';
import { exportProgramme, isoInZone, type ExportEvent } from './exportDays.js';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);

const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : `<${name}/>`);

function eventXml(e: ExportEvent, zone: string): string {
  const s = e.session;
  const persons = s.speakers.map((name) => `          ${element('person', name)}`).join('\n');
  return [
    `      <event guid="${e.guid}" id="${e.number}">`,
    `        ${element('room', e.roomName)}`,
    `        ${element('title', s.title)}`,
    `        ${element('subtitle', '')}`,
    `        ${element('type', s.kind)}`,
    `        ${element('date', isoInZone(s.startsAt, zone))}`,
    `        ${element('start', e.start)}`,
    `        ${element('duration', e.duration)}`,
    `        ${element('abstract', s.abstract)}`,
    `        ${element('slug', e.slug)}`,
    `        ${element('track', '')}`,
    `        ${element('description', '')}`,
    persons ? `        <persons>\n${persons}\n        </persons>` : '        <persons/>',
    '        <links/>',
    // Not in the frab XSD, which has no cancelled events; our importer and docs know it.
    ...(s.status === 'cancelled' ? [`        ${element('state', 'cancelled')}`] : []),
    '      </event>',
  ].join('\n');
}

/** The public programme as frab schedule.xml; `version` tells consumers that something changed. */
export function frabXmlExport(state: PublicState, version: string): string | null {
  const programme = exportProgramme(state);
  if (!programme) return null;
  const { event, days } = programme;
  const zone = event.timeZone;
  const dayXml = days.map((day) => {
    const rooms = day.rooms.map(({ room, events }) => {
      const inner = events.map((e) => eventXml(e, zone)).join('\n');
      const open = `    <room name="${escapeXml(room.name)}" guid="${room.guid}"`;
      return inner ? `${open}>\n${inner}\n    </room>` : `${open}/>`;
    });
    return [`  <day index="${day.index}" date="${day.date}" start="${day.start}" end="${day.end}">`, ...rooms, '  </day>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    '  <generator name="ortstermin"/>',
    `  ${element('version', version)}`,
    '  <conference>',
    `    ${element('acronym', event.id)}`,
    `    ${element('title', event.name)}`,
    `    ${element('start', days[0]?.date ?? '')}`,
    `    ${element('end', days[days.length - 1]?.date ?? '')}`,
    `    ${element('days', String(days.length))}`,
    `    ${element('timeslot_duration', '00:05')}`,
    `    ${element('time_zone_name', zone)}`,
    '  </conference>',
    ...dayXml,
    '</schedule>',
    '',
  ].join('\n');
}
