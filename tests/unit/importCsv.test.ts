import { describe, expect, it } from 'vitest';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { readImport } from '../../server/import/importService.js';
import { diffProgramme } from '../../server/import/programmeDiff.js';
import { committed, fixture, programmeOf } from '../fixtures/import/importKit.js';

const demo = applyChanges(emptyState, committed([{ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') }]));

describe('CSV import', () => {
  const programme = programmeOf('csv', fixture('programme.csv'), demo);
  const session = (id: string) => programme.sessions.find((s) => s.id === id);

  it('reads every row into the current event, its zone and its rooms (by id or by name)', () => {
    expect(programme.sessions).toHaveLength(14);
    expect(programme.event).toMatchObject({ id: demo.event?.id, venue: 'Fraunhofer-Zentrum Kaiserslautern', timeZone: 'Europe/Berlin' });
    expect(programme.rooms).toEqual(Object.values(demo.rooms));
    expect(session('ankommen')?.roomId).toBe('foyer');
    expect(session('eroeffnung')).toMatchObject({ roomId: 'auditorium', startsAt: '2026-05-14T07:30:00.000Z' });
  });

  it('reads quoted fields, speakers split at ";", German dates and a duration in minutes', () => {
    expect(session('netzwerk-auftakt')?.speakers).toEqual(['Dr. Martin Verlage, KL.digital GmbH']);
    expect(session('eroeffnung')?.speakers).toEqual(['Staatssekretärin Nicole Steingaß', 'Oberbürgermeister Dr. Klaus Weichel']);
    expect(session('mittagspause')?.startsAt).toBe('2026-05-14T10:30:00.000Z');
    expect(session('ausblick')).toMatchObject({ startsAt: '2026-05-14T13:30:00.000Z', endsAt: '2026-05-14T14:00:00.000Z' });
    expect(session('feedback-runde')?.title).toBe('Feedbackrunde „Wie war’s?“');
  });

  it('previews one added, one moved and one cancelled session against the demo programme', () => {
    const { diff } = diffProgramme(demo, programme);
    expect(diff.added.map((s) => s.id)).toEqual(['feedback-runde']);
    expect(diff.moved.map((s) => s.id)).toEqual(['kaffeepause']);
    expect(diff.cancelled.map((s) => s.id)).toEqual(['westpfalz-wiki']);
    expect([diff.removed, diff.renamed, diff.detailsChanged, diff.roomsAdded]).toEqual([[], [], [], []]);
    expect(diff.eventChanged).toBe(true); // the new last session ends later
  });

  it('reads German headers, ";" as delimiter and German status and kind words', () => {
    const read = readImport('csv', fixture('programm-de.csv'), demo);
    expect(read.ok && read.rejected).toEqual([]);
    const sessions = read.ok ? read.programme.sessions : [];
    expect(sessions.map((s) => [s.id, s.kind, s.status])).toEqual([
      ['eroeffnung', 'opening', 'scheduled'],
      ['mittagspause', 'break', 'scheduled'],
      ['westpfalz-wiki', 'talk', 'cancelled'],
    ]);
    expect(sessions[0]?.abstract).toBe('Begrüßung; danach Kaffee');
    expect(sessions[1]?.endsAt).toBe('2026-05-14T11:30:00.000Z');
  });

  it('maps ids that do not fit ours to stable, distinct ids', () => {
    const csv = 'id,title,date,start,end,room\nTalk 1/2,A,2026-05-14,09:00,09:30,auditorium\nTalk-1-2,B,2026-05-14,09:00,09:30,auditorium\n';
    const first = programmeOf('csv', csv, demo).sessions.map((s) => s.id);
    expect(first[0]).toMatch(/^Talk-1-2-[0-9a-f]{10}$/);
    expect(first[1]).toBe('Talk-1-2');
    expect(programmeOf('csv', csv, demo).sessions.map((s) => s.id)).toEqual(first);
  });

  it('takes ids that are names of Object members as plain ids', () => {
    const csv = 'id,title,date,start,end,room\nconstructor,A,2026-05-14,09:00,09:30,auditorium\ntoString,B,2026-05-14,09:00,09:30,constructor\n';
    const read = readImport('csv', csv, demo);
    // A room named "constructor" is a new room of that name, not Object's constructor.
    expect(read.ok && read.rejected).toEqual([]);
    expect(read.ok && read.programme.rooms.find((r) => r.name === 'constructor')).toEqual({ id: 'constructor', name: 'constructor' });
    const programme = programmeOf('csv', csv.split('\n').slice(0, 2).join('\n'), demo);
    expect(diffProgramme(demo, programme).diff.added).toEqual([{ id: 'constructor', title: 'A' }]);
  });
});
