import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIcs } from '../../shared/icsCalendar.js';
import { programmeSchema } from '../../shared/model.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChange } from '../../shared/reducer.js';
import { formatTime } from '../../shared/time.js';

/** A night programme across Berlin's spring-forward (2026-03-29, 02:00 CET → 03:00 CEST at 01:00 UTC). */
const programme = programmeSchema.parse({
  event: {
    id: 'nacht', name: 'Lange Nacht der Verwaltung', venue: 'Rathaus Kaiserslautern', timeZone: 'Europe/Berlin',
    startsAt: '2026-03-28T23:00:00Z', endsAt: '2026-03-29T03:00:00Z',
  },
  rooms: [{ id: 'saal', name: 'Großer Saal' }, { id: 'keller', name: 'Ratskeller' }],
  sessions: [
    { id: 'vor', title: 'Vor der Umstellung', roomId: 'saal', startsAt: '2026-03-29T00:30:00Z', endsAt: '2026-03-29T00:55:00Z' },
    { id: 'ueber', title: 'Über die Umstellung', roomId: 'keller', startsAt: '2026-03-29T00:45:00Z', endsAt: '2026-03-29T01:30:00Z' },
    { id: 'nach', title: 'Nach der Umstellung – Grüße', roomId: 'saal', startsAt: '2026-03-29T01:30:00Z', endsAt: '2026-03-29T02:00:00Z' },
    { id: 'nicht-gemerkt', title: 'Nicht gemerkt', roomId: 'saal', startsAt: '2026-03-29T02:00:00Z', endsAt: '2026-03-29T02:30:00Z' },
  ],
  stands: [],
});
const loaded = applyChange(emptyState, { seq: 1, at: '2026-03-28T20:00:00Z', type: 'programme:loaded', audience: 'public', data: programme });
const state: PublicState = applyChange(loaded, {
  seq: 2, at: '2026-03-28T22:00:00Z', type: 'session:cancelled', audience: 'public', data: { sessionId: 'ueber', reason: 'Krank' },
});

/** What a calendar app reads back from the file. */
function eventsOf(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      utc: event.startDate.zone === ICAL.Timezone.utcTimezone,
      status: String(vevent.getFirstPropertyValue('status')),
    };
  });
}

function bookmarksIcs(ids: readonly string[]): string {
  const built = buildIcs(state, ids);
  if (!built.ok) throw new Error(built.error);
  return built.ics;
}

describe('the bookmarks as an .ics file', () => {
  let savedTz: string | undefined;
  // Built on a phone far from Berlin: nothing in the file may depend on the phone's zone.
  beforeAll(() => {
    savedTz = process.env.TZ;
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('holds exactly the bookmarked sessions, in time order, and skips ids no longer in the programme', () => {
    const events = eventsOf(bookmarksIcs(['nach', 'vor', 'ueber', 'gestrichen']));
    expect(events.map((e) => e.uid)).toEqual(['vor@nacht.ortstermin', 'ueber@nacht.ortstermin', 'nach@nacht.ortstermin']);
    expect(events[2]).toMatchObject({ summary: 'Nach der Umstellung – Grüße', location: 'Großer Saal, Rathaus Kaiserslautern' });
  });

  it('writes the right UTC instants across the clock change', () => {
    const events = eventsOf(bookmarksIcs(['vor', 'nach']));
    expect(events.map((e) => [e.start, e.end, e.utc])).toEqual([
      ['2026-03-29T00:30:00.000Z', '2026-03-29T00:55:00.000Z', true],
      ['2026-03-29T01:30:00.000Z', '2026-03-29T02:00:00.000Z', true],
    ]);
  });

  it('puts the sessions at their Berlin wall-clock times, an hour apart in real time, two on the clock', () => {
    const berlin = eventsOf(bookmarksIcs(['vor', 'nach'])).map((e) => formatTime(e.start, 'Europe/Berlin'));
    expect(berlin).toEqual(['01:30', '03:30']);
  });

  it('marks a cancelled bookmarked session as cancelled, so the calendar shows it', () => {
    const [ueber] = eventsOf(bookmarksIcs(['ueber']));
    expect(ueber?.status).toBe('CANCELLED');
    expect(bookmarksIcs(['ueber'])).toContain('Krank');
  });

  it('refuses to build an empty file', () => {
    expect(buildIcs(state, []).ok).toBe(false);
    expect(buildIcs(state, ['gestrichen']).ok).toBe(false);
  });
});
