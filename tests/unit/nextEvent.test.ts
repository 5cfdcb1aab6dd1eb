import { describe, expect, it } from 'vitest';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { nextEventContent, nextEventIssues, nextEventRequestSchema, shiftWallClock, summaryOf, type NextEventRequest } from '../../shared/nextEvent.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';

/** The demo day in May, as its log's first changes make it. */
function demoState(day = '2026-05-14'): PublicState {
  const { stands, floorPlan } = loadDemoStands();
  const at = '2026-05-01T08:00:00.000Z';
  return applyChanges(emptyState, [
    { seq: 1, at, type: 'programme:loaded', audience: 'public', data: loadDemoEvent(day) },
    { seq: 2, at, type: 'stands:imported', audience: 'public', data: { stands, floorPlan } },
  ]);
}

const everything = { rooms: true, floorPlan: true, stands: true, programme: true };
const request = (copy: Partial<NextEventRequest['copy']>, firstDay = '2026-10-22'): NextEventRequest => ({
  from: 'e-mai', firstDay, copy: { rooms: false, floorPlan: false, stands: false, programme: false, ...copy }, preview: false,
});

describe('the next date made from the last', () => {
  it('keeps wall-clock times across a change of the clocks', () => {
    // 09:00 in Berlin on 14 May (CEST, UTC+2) is 09:00 on 5 November (CET, UTC+1).
    expect(shiftWallClock('2026-05-14T07:00:00.000Z', 175, 'Europe/Berlin')).toBe('2026-11-05T08:00:00.000Z');
    // And back into summer time: 10:30 on 12 March (CET) is 10:30 on 2 April (CEST).
    expect(shiftWallClock('2027-03-12T09:30:00.000Z', 21, 'Europe/Berlin')).toBe('2027-04-02T08:30:00.000Z');
  });

  it('moves the programme to the new first day at the same times, the clock change included', () => {
    const source = demoState();
    const content = nextEventContent(source, request({ ...everything }, '2026-11-05'));
    const opening = Object.values(source.sessions).find((session) => session.id === 'eroeffnung')!;
    const moved = content.programme.sessions.find((session) => session.id === 'eroeffnung')!;
    const berlinTime = (iso: string) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
    expect(berlinTime(moved.startsAt)).toBe(berlinTime(opening.startsAt));
    expect(moved.startsAt.slice(0, 10)).toBe('2026-11-05');
    expect(Date.parse(moved.startsAt) - Date.parse(opening.startsAt)).toBe(175 * 86_400_000 + 3_600_000);
    expect(summaryOf(content, '2026-nov')).toMatchObject({ firstDay: '2026-11-05', lastDay: '2026-11-05' });
  });

  it('copies exactly what is ticked', () => {
    const source = demoState();
    const counts = (copy: Partial<NextEventRequest['copy']>) => {
      const summary = summaryOf(nextEventContent(source, request(copy)), 'x');
      return [summary.rooms, summary.sessions, summary.stands, summary.floorPlan];
    };
    const [rooms, sessions, stands] = [Object.keys(source.rooms).length, Object.keys(source.sessions).length, Object.keys(source.stands).length];
    expect(counts({})).toEqual([0, 0, 0, false]);
    expect(counts({ rooms: true })).toEqual([rooms, 0, 0, false]);
    expect(counts({ rooms: true, programme: true })).toEqual([rooms, sessions, 0, false]);
    expect(counts({ rooms: true, stands: true })).toEqual([rooms, 0, stands, false]);
    expect(counts({ rooms: true, floorPlan: true })).toEqual([rooms, 0, 0, true]);
    expect(counts(everything)).toEqual([rooms, sessions, stands, true]);
  });

  it('refuses sessions or stands without their rooms, and an event with nothing to copy', () => {
    expect(nextEventIssues(demoState(), request({ programme: true }))).toEqual([{ path: 'copy.rooms', message: expect.any(String) }]);
    expect(nextEventIssues(demoState(), request({ stands: true }))).toHaveLength(1);
    expect(nextEventIssues(emptyState, request({}))).toEqual([{ path: 'from', message: expect.any(String) }]);
  });

  it('accepts only days that exist', () => {
    for (const firstDay of ['2026-11-31', '2026-13-01', '2026-02-29', '26-11-05']) {
      expect(nextEventRequestSchema.safeParse({ ...request({}), firstDay }).success, firstDay).toBe(false);
    }
    expect(nextEventRequestSchema.safeParse({ ...request({}), firstDay: '2028-02-29' }).success).toBe(true);
  });

  it('takes the new venue, and keeps no trace of last time’s live changes', () => {
    const source = demoState();
    const content = nextEventContent(source, { ...request(everything), venue: 'Stadthalle Koblenz', city: 'Koblenz' });
    expect(content.programme.event).toMatchObject({ venue: 'Stadthalle Koblenz', city: 'Koblenz' });
    expect(content.programme.sessions.every((session) => session.original === undefined && session.changedAtSeq === undefined)).toBe(true);
  });
});
