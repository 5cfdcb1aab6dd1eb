import { describe, expect, it } from 'vitest';
import { emptyState } from '../../shared/publicState.js';
import type { ImportFormat } from '../../shared/programmeImport.js';
import { applyChanges } from '../../shared/reducer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { readImport } from '../../server/import/importService.js';
import { committed, fixture, fixtureGuid } from '../fixtures/import/importKit.js';

const xml = fixture('schedule.xml');
const json = fixture('schedule.json');
const demo = applyChanges(emptyState, committed([{ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') }]));

const lineAtOffset = (content: string, offset: number) => content.slice(0, offset).split('\n').length;
/** The 1-based line on which `needle` first occurs. */
const lineOf = (content: string, needle: string) => lineAtOffset(content, content.indexOf(needle));

function replaced(content: string, from: string, to: string): string {
  if (!content.includes(from)) throw new Error(`fixture has no ${from}`);
  return content.replace(from, to);
}

/** The text of the event element with this guid, from its start tag to its end tag. */
function xmlEvent(n: number): string {
  const start = xml.indexOf(`<event guid="${fixtureGuid(n)}"`);
  return xml.slice(start, xml.indexOf('</event>', start) + '</event>'.length);
}
const editXmlEvent = (n: number, from: string, to: string) => replaced(xml, xmlEvent(n), replaced(xmlEvent(n), from, to));
const eventLine = (n: number) => lineOf(xml, `<event guid="${fixtureGuid(n)}"`);

function rejected(format: ImportFormat, content: string, state = emptyState) {
  const read = readImport(format, content, state);
  if (!read.ok) throw new Error(`file-level error: ${JSON.stringify(read.issues)}`);
  return read.rejected;
}

function fileIssues(format: ImportFormat, content: string, state = emptyState) {
  const read = readImport(format, content, state);
  if (read.ok) throw new Error('the file was read');
  return read.issues;
}

describe('malformed frab XML', () => {
  it('names the line and column of broken XML', () => {
    const broken = replaced(xml, '<title>Mittagspause</title>', '<title>Mittagspause</titel>');
    const [issue] = fileIssues('frab-xml', broken);
    expect(issue?.path).toBe(`line ${lineOf(broken, '</titel>')}`);
    expect(issue?.message).toMatch(/closing tag/);
  });

  it('names the line and field of an event that lacks its title', () => {
    expect(rejected('frab-xml', editXmlEvent(2, '<title>Offene Haushaltsdaten in der Verbandsgemeinde</title>', ''))).toEqual([
      { line: eventLine(2), field: 'title', message: 'missing' },
    ]);
  });

  it('refuses bad times: not a time, not a duration, a time the clocks skip', () => {
    const cases = [
      [editXmlEvent(5, '<start>10:00</start>', '<start>25:00</start>'), 5, 'start', /"25:00" is not a time/],
      [editXmlEvent(5, '<duration>01:30</duration>', '<duration>anderthalb</duration>'), 5, 'duration', /not a duration/],
      // With the day starting at midnight, 02:30 stays on 29 March, the night summer time starts.
      [replaced(editXmlEvent(11, '<start>10:00</start>', '<start>02:30</start>'), 'start="2026-03-29T06:00:00+02:00"', 'start="2026-03-29T00:00:00+01:00"'), 11, 'start', /2026-03-29 02:30 does not exist in Europe\/Berlin/],
    ] as const;
    for (const [content, n, field, message] of cases) {
      const [row, ...more] = rejected('frab-xml', content);
      expect(more).toEqual([]);
      expect(row).toMatchObject({ line: eventLine(n), field, sourceId: fixtureGuid(n) });
      expect(row?.message).toMatch(message);
    }
  });

  it('refuses an event in a room the schedule does not have', () => {
    const [row] = rejected('frab-xml', editXmlEvent(7, '<room>Foyer</room>', '<room>Kantine</room>'));
    expect(row).toMatchObject({ line: eventLine(7), field: 'room' });
    expect(row?.message).toBe('unknown room "Kantine"; known: Großer Saal, Werkstatt Ü1, Foyer');
  });

  it('refuses the second of two events with the same guid, naming where the first is', () => {
    const [row] = rejected('frab-xml', editXmlEvent(2, `guid="${fixtureGuid(2)}"`, `guid="${fixtureGuid(1)}"`));
    expect(row).toMatchObject({ line: eventLine(2), field: 'guid' });
    expect(row?.message).toBe(`duplicate id "${fixtureGuid(1)}" (first on line ${eventLine(1)})`);
  });

  it('refuses an unknown time zone and a document that is not a schedule', () => {
    const zone = replaced(xml, 'Europe/Berlin', 'Europe/Kaiserslautern');
    expect(fileIssues('frab-xml', zone)).toEqual([
      { path: 'schedule.conference.time_zone_name', message: 'unknown time zone "Europe/Kaiserslautern"' },
    ]);
    expect(fileIssues('frab-xml', '<?xml version="1.0"?>\n<programm/>')[0]).toMatchObject({ path: 'schedule' });
    const [issue] = fileIssues('frab-xml', '<schedule><day date="2026-03-28"/></schedule>');
    expect(issue?.path).toBe('schedule.conference');
    // Says what was missing and which formats are accepted.
    expect(issue?.message).toMatch(/missing <conference>.*Accepted formats: frab schedule\.xml.*schedule\.json.*schedule v2.*CSV/);
  });
});

describe('malformed schedule.json', () => {
  const doc = () => JSON.parse(json);
  const secondTalk = '["Großer Saal"][1]';

  it('names the line of a syntax error', () => {
    const broken = replaced(json, '"daysCount": 2,', '"daysCount": 2,,');
    expect(fileIssues('schedule-json', broken)[0]?.path).toBe(`line ${lineOf(broken, ',,')}`);
  });

  it('names the path and the line of an event that lacks its title or has a bad start', () => {
    const noTitle = doc();
    delete noTitle.schedule.conference.days[0].rooms['Großer Saal'][1].title;
    const text = JSON.stringify(noTitle, null, 2);
    expect(rejected('schedule-json', text)).toEqual([{
      line: lineAtOffset(text, text.lastIndexOf('{', text.indexOf(`"guid": "${fixtureGuid(2)}"`))),
      field: `schedule.conference.days[0].rooms${secondTalk}.title`,
      sourceId: fixtureGuid(2),
      message: 'missing',
    }]);
    const badStart = doc();
    badStart.schedule.conference.days[0].rooms['Großer Saal'][1].start = '9.30';
    const [row] = rejected('schedule-json', JSON.stringify(badStart));
    expect(row).toMatchObject({ field: `schedule.conference.days[0].rooms${secondTalk}.start`, sourceId: fixtureGuid(2) });
  });

  it('refuses an event in a room the conference does not list, and a repeated guid', () => {
    const unknownRoom = doc();
    unknownRoom.schedule.conference.days[1].rooms['Foyer'][0].room = 'Kantine';
    expect(rejected('schedule-json', JSON.stringify(unknownRoom))[0]).toMatchObject({ field: 'schedule.conference.days[1].rooms.Foyer[0].room' });
    const duplicate = doc();
    duplicate.schedule.conference.days[1].rooms['Foyer'][0].guid = fixtureGuid(1);
    expect(rejected('schedule-json', JSON.stringify(duplicate))[0]?.message).toMatch(/^duplicate id/);
  });

  it('refuses a JSON file that is not a schedule', () => {
    expect(fileIssues('schedule-json', '{"talks": []}')[0]?.message).toMatch(/missing "schedule"/);
  });
});

describe('malformed CSV', () => {
  const header = 'id,title,date,start,end,room\n';
  const csv = (...rows: string[]) => header + rows.join('\n') + '\n';
  const good = 'a,Alpha,2026-05-14,09:00,09:30,Auditorium';

  it('names the missing columns', () => {
    expect(fileIssues('csv', 'id,title,date,start,end\na,A,2026-05-14,09:00,09:30\n', demo)).toEqual([
      { path: 'line 1', message: 'missing column(s): room (or "duration" instead of "end")' },
    ]);
  });

  it('names line and field of every bad row', () => {
    const rows = rejected('csv', csv(
      good,
      'b,Beta,2026-05-14,9 Uhr,09:30,Auditorium',
      'c,Gamma,2026-05-14,10:00,09:30,Auditorium',
      'a,Alpha again,2026-05-14,11:00,11:30,Auditorium',
      'e,,2026-05-14,12:00,12:30,Auditorium',
      'f,Phi,31.02.2026,12:00,12:30,Auditorium',
    ), demo);
    expect(Object.fromEntries(rows.map((r) => [`${r.line} ${r.field}`, r.message]))).toEqual({
      '3 start': '"9 Uhr" is not a time (HH:MM)',
      '4 end': 'must be after start (use "duration" past midnight)',
      '5 id': 'duplicate id "a" (first on line 2)',
      '6 title': 'missing',
      '7 date': '"31.02.2026" is not a date (YYYY-MM-DD or DD.MM.YYYY)',
    });
  });

  it('names the line of an unclosed quote', () => {
    const [issue] = fileIssues('csv', csv(good, 'b,"Beta,2026-05-14,09:00,09:30,Auditorium'), demo);
    expect(issue?.path).toMatch(/^line \d+$/);
  });
});
