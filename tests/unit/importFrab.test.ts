import { describe, expect, it } from 'vitest';
import { fixture, fixtureGuid, programmeOf } from '../fixtures/import/importKit.js';

const session = (id: number, format: 'frab-xml' | 'schedule-json' = 'frab-xml') => {
  const content = fixture(format === 'frab-xml' ? 'schedule.xml' : 'schedule.json');
  const found = programmeOf(format, content).sessions.find((s) => s.id === fixtureGuid(id));
  if (!found) throw new Error(`no session ${id}`);
  return found;
};

describe('frab schedule.xml import', () => {
  const programme = programmeOf('frab-xml', fixture('schedule.xml'));

  it('reads the conference, its rooms and every event over two days', () => {
    expect(programme.event).toMatchObject({ id: 'dikowe26', name: 'Digitale Kommune Westpfalz 2026', timeZone: 'Europe/Berlin' });
    expect(programme.rooms.map((r) => [r.id, r.name])).toEqual([
      ['grosser-saal', 'Großer Saal'],
      ['werkstatt-ue1', 'Werkstatt Ü1'],
      ['foyer', 'Foyer'],
    ]);
    expect(programme.sessions).toHaveLength(12);
    expect(new Set(programme.sessions.map((s) => s.id)).size).toBe(12);
  });

  it('keeps the guid as our id, so a re-import finds the same sessions', () => {
    expect(programme.sessions.map((s) => s.id)).toContain(fixtureGuid(1));
  });

  it('gets times right on both sides of the change to summer time', () => {
    // 28 March is CET (+01:00), 29 March CEST (+02:00): the same 09:30 is an hour apart in UTC.
    expect(session(1).startsAt).toBe('2026-03-28T08:30:00.000Z');
    expect(session(8).startsAt).toBe('2026-03-29T07:30:00.000Z');
    // 22:00 CET for four real hours ends at 03:00 CEST, the hour from 02:00 to 03:00 never happened.
    expect(session(4)).toMatchObject({ startsAt: '2026-03-28T21:00:00.000Z', endsAt: '2026-03-29T01:00:00.000Z' });
  });

  it('reads an event without <date> from the day, the start and the conference zone', () => {
    expect(session(11)).toMatchObject({ title: 'Open Space', startsAt: '2026-03-29T08:00:00.000Z', endsAt: '2026-03-29T10:00:00.000Z' });
  });

  it('marks cancelled events, by state and by a title prefix that it takes off', () => {
    expect(session(3)).toMatchObject({ title: 'Smarte Mülltonnen im Praxistest', status: 'cancelled' });
    expect(session(6)).toMatchObject({ title: 'Datenschutz-Sprechstunde', status: 'cancelled' });
    expect(session(1).status).toBe('scheduled');
  });

  it('turns HTML abstracts, in CDATA or escaped, into plain text with entities decoded', () => {
    expect(session(2).abstract).toBe(
      'Wie die Verbandsgemeinde Weilerbach ihre Haushaltsdaten als Open Data veröffentlicht – mit Vergleichen aus Łódź & Kraków.\n\n• Datenportal\n• Lizenzen & Pflege',
    );
    expect(session(5).abstract).toBe('Hands-on mit Decidim.\nBitte Laptop mitbringen & Ladekabel.');
    expect(session(9).abstract).toBe('Moderation: Jürgen Weiß – mit Gästen aus Šibenik & Tromsø');
    for (const s of programme.sessions) expect(s.abstract).not.toMatch(/<[a-z/]|&[a-z]+;/i);
  });

  it('keeps persons and non-ASCII text as written', () => {
    expect(session(8).speakers).toEqual(['田中 花子', 'José Núñez']);
    expect(session(2).speakers).toEqual(['Dr. Miriam Schäfer', 'Paweł Wiśniewski']);
  });

  it('maps frab types to our kinds', () => {
    expect([session(1).kind, session(2).kind, session(4).kind, session(7).kind, session(12).kind]).toEqual([
      'opening', 'talk', 'networking', 'break', 'market',
    ]);
  });
});

describe('C3VOC/pretalx schedule.json import', () => {
  it('reads the same programme as the frab file of the same conference', () => {
    const fromJson = programmeOf('schedule-json', fixture('schedule.json'));
    expect(fromJson).toEqual(programmeOf('frab-xml', fixture('schedule.xml')));
  });

  it('takes the description where pretalx gives a null abstract', () => {
    expect(session(11, 'schedule-json').abstract).toBe('Themen bringen die Teilnehmenden mit.');
    expect(session(7, 'schedule-json').abstract).toBe('');
  });

  it('uses the rooms of the days when the conference lists none', () => {
    const withoutList = JSON.parse(fixture('schedule.json'));
    delete withoutList.schedule.conference.rooms;
    const programme = programmeOf('schedule-json', JSON.stringify(withoutList));
    expect(programme.rooms.map((r) => r.name).sort()).toEqual(['Foyer', 'Großer Saal', 'Werkstatt Ü1']);
  });
});
