import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventZone, groupByStart, timeOf, timeRange } from '../../client/features/agenda/sessionView.js';
import { rangeOf } from '../../client/features/myAgenda/myAgendaView.js';
import { zoneNames } from '../../client/features/myAgenda/zoneLabel.js';
import { nowAndNext, sortedSessions } from '../../shared/agenda.js';
import { programmeSchema } from '../../shared/model.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChange } from '../../shared/reducer.js';
import { formatDay, localDate } from '../../shared/time.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';

/** A programme of one day; sessions as [id, startsAt, endsAt] in UTC, so the test fixes the instants. */
function dayState(day: string, sessions: [string, string, string][]): PublicState {
  const programme = programmeSchema.parse({
    event: {
      id: 'tz', name: 'Zeitzonen-Tag', venue: 'Kaiserslautern', timeZone: 'Europe/Berlin',
      startsAt: sessions[0]?.[1], endsAt: sessions.at(-1)?.[2],
    },
    rooms: [{ id: 'saal', name: 'Saal' }],
    sessions: sessions.map(([id, startsAt, endsAt]) => ({ id, title: id, roomId: 'saal', startsAt, endsAt })),
    stands: [],
  });
  expect(localDate(new Date(programme.event.startsAt), 'Europe/Berlin')).toBe(day);
  return applyChange(emptyState, { seq: 1, at: programme.event.startsAt, type: 'programme:loaded', audience: 'public', data: programme });
}

const demoDay = applyChange(emptyState, {
  seq: 1, at: '2026-05-14T06:00:00.000Z', type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14'),
});

// Spring forward in Berlin: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
const springDay = dayState('2026-03-29', [
  ['night', '2026-03-29T00:00:00Z', '2026-03-29T00:45:00Z'], // 01:00–01:45 MEZ
  ['span', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z'], // 01:30 MEZ – 03:30 MESZ: one real hour
  ['early', '2026-03-29T01:30:00Z', '2026-03-29T02:00:00Z'], // 03:30–04:00 MESZ
]);
// Fall back: 03:00 CEST becomes 02:00 CET at 01:00 UTC, so 02:30 happens twice.
const autumnDay = dayState('2026-10-25', [
  ['before', '2026-10-24T23:30:00Z', '2026-10-25T00:00:00Z'], // 01:30–02:00 MESZ
  ['first-0230', '2026-10-25T00:30:00Z', '2026-10-25T01:00:00Z'], // 02:30 MESZ – 02:00 MEZ
  ['second-0230', '2026-10-25T01:30:00Z', '2026-10-25T02:00:00Z'], // 02:30 MEZ
  ['after', '2026-10-25T02:30:00Z', '2026-10-25T03:00:00Z'], // 03:30 MEZ
]);

const session = (state: PublicState, id: string) => {
  const found = state.sessions[id];
  if (!found) throw new Error(`no session ${id}`);
  return found;
};
const idsOf = (list: readonly { id: string }[]) => list.map((s) => s.id).sort();
const agendaHeadings = (state: PublicState) => [...groupByStart(sortedSessions(state)).keys()].map((start) => timeOf(start, state));

describe.each(['America/New_York', 'Asia/Tokyo'])('a phone set to %s', (phoneZone) => {
  let savedTz: string | undefined;
  beforeAll(() => {
    savedTz = process.env.TZ;
    process.env.TZ = phoneZone;
  });
  afterAll(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('really runs in that zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(phoneZone);
    expect(new Date('2026-05-14T08:30:00Z').getHours()).toBe(phoneZone === 'Asia/Tokyo' ? 17 : 4);
    expect(eventZone(demoDay)).toBe('Europe/Berlin');
  });

  it('shows the agenda of an ordinary day in Berlin time, day included', () => {
    expect(timeRange(session(demoDay, 'buergerportal-cochem-zell'), demoDay)).toBe('10:30–11:00');
    expect(agendaHeadings(demoDay).slice(0, 4)).toEqual(['09:00', '09:30', '10:00', '10:30']);
    expect(formatDay(demoDay.event?.startsAt ?? '', eventZone(demoDay), 'de-DE')).toBe('Donnerstag, 14. Mai');
    expect(rangeOf(session(demoDay, 'kaffeepause'), demoDay)).toBe('11:00–11:15 MESZ');
  });

  it('picks Now and Next by the instant, whatever the phone’s zone', () => {
    const { now, next } = nowAndNext(demoDay, Date.parse('2026-05-14T08:40:00Z')); // 10:40 in Berlin
    expect(idsOf(now)).toEqual(['buergerportal-cochem-zell', 'rechnungswesen-meisenheim']);
    expect(idsOf(next)).toEqual(['kaffeepause']);
    expect(timeRange(next[0] ?? session(demoDay, 'ankommen'), demoDay)).toBe('11:00–11:15');
  });

  it('is right on the day Berlin springs forward (2026-03-29)', () => {
    expect(agendaHeadings(springDay)).toEqual(['01:00', '01:30', '03:30']);
    expect(timeRange(session(springDay, 'span'), springDay)).toBe('01:30–03:30');
    expect(rangeOf(session(springDay, 'span'), springDay)).toBe('01:30 MEZ – 03:30 MESZ');
    expect(zoneNames(['2026-03-29T00:00:00Z', '2026-03-29T02:00:00Z'], 'Europe/Berlin', 'de-DE')).toBe('MEZ/MESZ');
    // 01:40 in Berlin (00:40 UTC): two sessions run; the next starts at 03:30, 50 real minutes later.
    const at0140 = nowAndNext(springDay, Date.parse('2026-03-29T00:40:00Z'));
    expect(idsOf(at0140.now)).toEqual(['night', 'span']);
    expect(at0140.next.map((s) => timeOf(s.startsAt, springDay))).toEqual(['03:30']);
    const at0310 = nowAndNext(springDay, Date.parse('2026-03-29T01:10:00Z'));
    expect(idsOf(at0310.now)).toEqual(['span']);
  });

  it('tells the two 02:30s apart on the day Berlin falls back (2026-10-25)', () => {
    expect(agendaHeadings(autumnDay)).toEqual(['01:30', '02:30', '02:30', '03:30']);
    expect(rangeOf(session(autumnDay, 'first-0230'), autumnDay)).toBe('02:30 MESZ – 02:00 MEZ');
    expect(rangeOf(session(autumnDay, 'second-0230'), autumnDay)).toBe('02:30–03:00 MEZ');
    expect(formatDay(session(autumnDay, 'before').startsAt, 'Europe/Berlin', 'de-DE')).toBe('Sonntag, 25. Oktober');
    const between = nowAndNext(autumnDay, Date.parse('2026-10-25T01:10:00Z')); // the second 02:10
    expect(between.now).toEqual([]);
    expect(idsOf(between.next)).toEqual(['second-0230']);
  });

  it('is not thrown by the US clock changes (2026-03-08, 2026-11-01)', () => {
    const usDays = dayState('2026-03-08', [['us-spring', '2026-03-08T09:00:00Z', '2026-03-08T10:00:00Z']]);
    expect(timeRange(session(usDays, 'us-spring'), usDays)).toBe('10:00–11:00');
    const between = dayState('2026-03-20', [['gap', '2026-03-20T09:00:00Z', '2026-03-20T10:00:00Z']]);
    expect(timeRange(session(between, 'gap'), between)).toBe('10:00–11:00');
    const usAutumn = dayState('2026-11-01', [['us-autumn', '2026-11-01T09:00:00Z', '2026-11-01T10:00:00Z']]);
    expect(rangeOf(session(usAutumn, 'us-autumn'), usAutumn)).toBe('10:00–11:00 MEZ');
  });
});

describe('after the zone tests', () => {
  it('left the process zone as it was', () => {
    expect(process.env.TZ === 'America/New_York' || process.env.TZ === 'Asia/Tokyo').toBe(false);
  });
});
