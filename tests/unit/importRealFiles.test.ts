import { describe, expect, it } from 'vitest';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import type { ImportFormat } from '../../shared/programmeImport.js';
import { applyChanges } from '../../shared/reducer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { frabXmlExport } from '../../server/import/frabXmlExport.js';
import { scheduleJsonExport } from '../../server/import/scheduleJsonExport.js';
import { readImport } from '../../server/import/importService.js';
import { diffProgramme } from '../../server/import/programmeDiff.js';
import type { TimeReading } from '../../server/import/sourceTimes.js';
import { committed, fixture, imported } from '../fixtures/import/importKit.js';

const demo = applyChanges(emptyState, committed([{ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') }]));

type Expected = [id: string, startsAt: string, endsAt: string, room: string, speakers: string[]];

function read(format: ImportFormat, name: string, state: PublicState = emptyState, reading?: TimeReading) {
  const result = readImport(format, fixture(`real/${name}`), state, reading);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  expect(result.rejected).toEqual([]);
  return result;
}

/** Every session of the file, as (id, start, end, room name, speakers), in start order. */
function sessionsOf(result: ReturnType<typeof read>, state: PublicState = emptyState): Expected[] {
  const rooms = new Map([...Object.values(state.rooms), ...result.programme.rooms].map((r) => [r.id, r.name]));
  return [...result.programme.sessions]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((s) => [s.id, s.startsAt, s.endsAt, rooms.get(s.roomId) ?? `?${s.roomId}`, s.speakers]);
}

const z = (text: string) => `${text}:00.000Z`;

/** Import, export as XML and JSON, import each export: nothing may change. */
function expectStableRoundTrip(state: PublicState): void {
  const xml = frabXmlExport(state, '1') ?? '';
  const json = JSON.stringify(scheduleJsonExport(state, '1'));
  for (const [format, content] of [['frab-xml', xml], ['schedule-json', json]] as const) {
    const again = readImport(format, content, state);
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(again.rejected).toEqual([]);
    expect(again.timeConflict).toBeUndefined();
    expect(diffProgramme(state, again.programme).drafts, format).toEqual([]);
  }
}

describe('a four-day frab XML without <date>, sessions after midnight, day start as frab writes it', () => {
  const result = read('frab-xml', 'congress-4days.xml');

  it('puts every session on the right instant: after midnight is the next calendar date of its day', () => {
    expect(sessionsOf(result)).toEqual([
      ['b1000000-0000-4000-8000-000000000001', z('2026-12-27T10:00'), z('2026-12-27T10:30'), 'Saal 1', ['Anna Beispiel', 'Bernd Muster']],
      ['b1000000-0000-4000-8000-000000000002', z('2026-12-27T22:30'), z('2026-12-27T23:30'), 'Saal 1', ['Clara Nacht']],
      ['b1000000-0000-4000-8000-000000000003', z('2026-12-28T00:15'), z('2026-12-28T01:00'), 'Saal G', []],
      ['b1000000-0000-4000-8000-000000000004', z('2026-12-28T09:30'), z('2026-12-28T11:00'), 'Saal 1', ['Dora Zwei']],
      ['b1000000-0000-4000-8000-000000000005', z('2026-12-28T23:00'), z('2026-12-29T00:00'), 'Saal G', []],
      ['b1000000-0000-4000-8000-000000000006', z('2026-12-29T13:00'), z('2026-12-29T13:40'), 'Saal 1', ['Emil Drei', 'Frieda Drei']],
      ['b1000000-0000-4000-8000-000000000007', z('2026-12-30T16:45'), z('2026-12-30T18:00'), 'Saal 1', ['Anna Beispiel']],
    ]);
    expect(result.programme.event).toMatchObject({ startsAt: z('2026-12-27T10:00'), endsAt: z('2026-12-30T18:00') });
  });

  it('keeps line breaks of an abstract written with CR LF as plain line breaks', () => {
    expect(result.programme.sessions[0]?.abstract).toBe('Willkommen.\nZweite Zeile.');
  });

  it('round-trips through our XML and JSON exports without a change', () => {
    expectStableRoundTrip(imported(result.programme));
  });
});

describe('a pretalx schedule.json whose time_zone_name disagrees with the offsets of its dates', () => {
  const byOffset: Expected[] = [
    ['d0000000-0000-4000-8000-000000000011', z('2020-12-14T08:00'), z('2020-12-14T08:45'), 'Stream A', ['Greta Keynote']],
    ['d0000000-0000-4000-8000-000000000012', z('2020-12-14T09:00'), z('2020-12-14T10:30'), 'Stream A', ['Hans Werk', 'Ida Statt']],
    ['d0000000-0000-4000-8000-000000000021', z('2020-12-15T15:30'), z('2020-12-15T16:00'), 'Stream B', []],
  ];

  it('refuses nothing and says it once, with what each reading gives for an example session', () => {
    const result = read('schedule-json', 'pretalx-zone-disagrees.json');
    expect(result.timeConflict).toEqual({
      count: 3,
      zone: 'UTC',
      example: { sourceId: 'd0000000-0000-4000-8000-000000000011', title: 'Keynote', byOffset: z('2020-12-14T08:00'), byZone: z('2020-12-14T09:00') },
    });
    expect(sessionsOf(result)).toEqual(byOffset);
  });

  it('reads the times in the zone when the organizer chooses so', () => {
    const result = read('schedule-json', 'pretalx-zone-disagrees.json', emptyState, 'zone');
    expect(sessionsOf(result)).toEqual([
      ['d0000000-0000-4000-8000-000000000011', z('2020-12-14T09:00'), z('2020-12-14T09:45'), 'Stream A', ['Greta Keynote']],
      ['d0000000-0000-4000-8000-000000000012', z('2020-12-14T10:00'), z('2020-12-14T11:30'), 'Stream A', ['Hans Werk', 'Ida Statt']],
      ['d0000000-0000-4000-8000-000000000021', z('2020-12-15T16:30'), z('2020-12-15T17:00'), 'Stream B', []],
    ]);
  });

  it('round-trips without a change, in either reading', () => {
    expectStableRoundTrip(imported(read('schedule-json', 'pretalx-zone-disagrees.json', emptyState, 'offset').programme));
    expectStableRoundTrip(imported(read('schedule-json', 'pretalx-zone-disagrees.json', emptyState, 'zone').programme));
  });
});

describe('a frab XML whose <date> says Z while <start> is local time', () => {
  it('offers both readings; the local one puts the sessions where the programme means them', () => {
    expect(read('frab-xml', 'frab-z-dates.xml').timeConflict).toMatchObject({
      count: 3, zone: 'Europe/Berlin', example: { title: 'Begrüßung', byOffset: z('2026-05-14T09:30'), byZone: z('2026-05-14T07:30') },
    });
    const result = read('frab-xml', 'frab-z-dates.xml', emptyState, 'zone');
    expect(sessionsOf(result)).toEqual([
      ['e0000000-0000-4000-8000-000000000001', z('2026-05-14T07:30'), z('2026-05-14T08:00'), 'Aula', ['Bürgermeisterin Jana Wald']],
      ['e0000000-0000-4000-8000-000000000002', z('2026-05-14T11:00'), z('2026-05-14T12:00'), 'Aula', []],
      ['e0000000-0000-4000-8000-000000000003', z('2026-05-15T08:15'), z('2026-05-15T10:00'), 'Werkraum', ['Kai Daten', 'Lea Offen']],
    ]);
    expectStableRoundTrip(imported(result.programme));
  });
});

describe('a C3VOC schedule v2 file with a flat events[] list', () => {
  const result = read('schedule-json', 'schedule-v2.json');

  it('reads every event: instants with offsets, end or ISO duration, room by object, participants', () => {
    expect(result.programme.event).toMatchObject({ id: 'summercamp26', name: 'Summer Camp 2026', timeZone: 'Europe/Berlin' });
    expect(result.programme.rooms.map((r) => r.name)).toEqual(['Zelt Nord', 'Zelt Süd']);
    expect(sessionsOf(result)).toEqual([
      ['f1000000-0000-4000-8000-000000000001', z('2026-07-01T08:00'), z('2026-07-01T08:30'), 'Zelt Nord', ['Mia Camp']],
      ['f1000000-0000-4000-8000-000000000002', z('2026-07-01T22:30'), z('2026-07-01T23:45'), 'Zelt Süd', ['Nils Feuer', 'Ola Glut']],
      ['f1000000-0000-4000-8000-000000000003', z('2026-07-03T14:00'), z('2026-07-03T15:30'), 'Zelt Nord', []],
    ]);
    expect(result.programme.sessions[0]?.abstract).toBe('Eröffnung des Camps');
  });

  it('is read even when the organizer picked frab XML: the text says it is JSON', () => {
    expect(sessionsOf(read('frab-xml', 'schedule-v2.json'))).toEqual(sessionsOf(result));
  });

  it('round-trips without a change', () => {
    expectStableRoundTrip(imported(result.programme));
  });
});

describe('a CSV (German Excel, CR LF) naming rooms the event does not have, several speakers per field', () => {
  const result = read('csv', 'new-rooms.csv', demo);

  it('creates the rooms it names, and the preview lists them as new', () => {
    const added = diffProgramme(demo, result.programme).diff.roomsAdded;
    expect(added.map((r) => [r.id, r.name])).toEqual([['ratssaal', 'Ratssaal'], ['forum-ost', 'Forum Ost'], ['rathaushof', 'Rathaushof']]);
  });

  it('reads every row, with speakers split on ";"', () => {
    expect(sessionsOf(result, demo)).toEqual([
      ['auftakt', z('2026-05-13T07:00'), z('2026-05-13T07:30'), 'Ratssaal', ['Petra Rat', 'Quentin Stadt', 'Rosa Land']],
      ['forum', z('2026-05-13T08:00'), z('2026-05-13T09:30'), 'Forum Ost', ['Sven Bus', 'Tina Bahn']],
      ['abend', z('2026-05-13T17:00'), z('2026-05-13T20:30'), 'Rathaushof', []],
      ['zwei', z('2026-05-14T07:15'), z('2026-05-14T08:00'), 'Ratssaal', ['Ute Zwei']],
    ]);
    expect(result.programme.sessions.find((s) => s.id === 'zwei')?.status).toBe('cancelled');
    expect(result.programme.sessions.find((s) => s.id === 'auftakt')?.abstract).toBe('Zeile eins\nZeile zwei');
  });

  it('round-trips without a change', () => {
    expectStableRoundTrip(imported(result.programme, demo));
  });
});

describe('files that are none of the formats, or nested too deep', () => {
  it('lists the accepted formats and what was missing', () => {
    const answer = readImport('schedule-json', '{"programme": []}', emptyState);
    expect(answer.ok ? [] : answer.issues[0]?.message).toMatch(/missing "schedule".*Accepted formats: frab schedule\.xml.*schedule v2.*CSV/);
  });

  it('refuses JSON nested 5,000 deep inside an event with a clear issue, not a stack overflow', () => {
    const deep = `{"schedule":{"conference":{"title":"x","days":[{"date":"2026-05-14","rooms":{"A":[{"start":"09:00","x":${'['.repeat(5000)}${']'.repeat(5000)}}]}}]}}}`;
    expect(readImport('schedule-json', deep, emptyState)).toEqual({ ok: false, issues: [{ path: 'content', message: 'nested more than 64 levels deep' }] });
    const deepXml = `<schedule>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</schedule>`;
    expect(readImport('frab-xml', deepXml, emptyState)).toEqual({ ok: false, issues: [{ path: 'content', message: 'nested more than 64 levels deep' }] });
  });
});

describe('round trips of the older fixtures', () => {
  it.each([
    ['frab-xml', 'schedule.xml', emptyState],
    ['schedule-json', 'schedule.json', emptyState],
    ['csv', 'programme.csv', demo],
    ['csv', 'programm-de.csv', demo],
  ] as const)('%s %s: export → import changes nothing', (format, name, state) => {
    const result = readImport(format, fixture(name), state);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expectStableRoundTrip(imported(result.programme, state));
  });
});
