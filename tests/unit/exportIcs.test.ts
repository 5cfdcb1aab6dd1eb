import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../shared/icsCalendar.js';
import { fixture, fixtureGuid, imported, programmeOf } from '../fixtures/import/importKit.js';

const conference = imported(programmeOf('frab-xml', fixture('schedule.xml')));

/** Parses the calendar back with ical.js, as a calendar app would. */
function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: String(vevent.getFirstPropertyValue('status')),
    };
  });
}

describe('iCal export', () => {
  it('writes the whole programme as events a parser reads back, with stable uids', () => {
    const built = buildIcs(conference);
    if (!built.ok) throw new Error(built.error);
    const events = parsed(built.ics);
    expect(events).toHaveLength(12);
    expect(new Set(events.map((e) => e.uid)).size).toBe(12);
    expect(events[0]).toMatchObject({
      uid: `${fixtureGuid(1)}@dikowe26.ortstermin`,
      summary: 'Eröffnung und Grußworte',
      location: 'Großer Saal',
      start: '2026-03-28T08:30:00.000Z',
      status: 'CONFIRMED',
    });
    expect(built.ics).toContain('X-WR-CALNAME:Digitale Kommune Westpfalz 2026');
  });

  it('keeps times right across the DST change, marks cancellations and keeps non-ASCII text', () => {
    const built = buildIcs(conference);
    const events = built.ok ? parsed(built.ics) : [];
    const byUid = (n: number) => events.find((e) => e.uid.startsWith(fixtureGuid(n)));
    expect(byUid(4)).toMatchObject({ start: '2026-03-28T21:00:00.000Z', end: '2026-03-29T01:00:00.000Z' });
    expect(byUid(8)?.start).toBe('2026-03-29T07:30:00.000Z');
    expect(byUid(8)?.description).toContain('田中 花子, José Núñez');
    expect(byUid(6)?.status).toBe('CANCELLED');
  });

  it('exports only the given sessions (an attendee’s bookmarks)', () => {
    const built = buildIcs(conference, [fixtureGuid(2), fixtureGuid(9), 'gone-since']);
    expect(built.ok && parsed(built.ics).map((e) => e.summary)).toEqual([
      'Offene Haushaltsdaten in der Verbandsgemeinde',
      'Podium: Digitale Daseinsvorsorge auf dem Land',
    ]);
    expect(buildIcs(conference, [])).toEqual({ ok: false, error: 'no sessions to export' });
  });

  it('folds long lines at 75 octets, never inside a character, and a parser reads the text back whole', () => {
    const title = `Grüße aus 東京 🎉 und Köln; Teil 1, 2 \\ 3 ${'ä'.repeat(90)}`;
    const session = Object.values(conference.sessions)[0]!;
    const long = buildIcs({ ...conference, sessions: { [session.id]: { ...session, title } } });
    const ics = long.ok ? long.ics : '';
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    const built = buildIcs({ ...conference, sessions: { [session.id]: { ...session, title, abstract: 'Zeile 1\r\nZeile 2' } } });
    const [event] = built.ok ? parsed(built.ics) : [];
    expect(event).toMatchObject({ summary: title });
    expect(event?.description.startsWith('Zeile 1\nZeile 2')).toBe(true);
  });
});
