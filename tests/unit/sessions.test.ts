import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChange } from '../../shared/changes.js';
import type { Session } from '../../shared/model.js';
import { instant } from '../../shared/primitives.js';
import { sessionNewsOf } from '../../shared/sessionNews.js';
import {
  comparePhases, compareInstants, compareSessions, endsAfterStart, sameInstant, sessionChanges, sessionPhase, sortSessions,
  type SessionPhase,
} from '../../shared/sessions.js';

const session = (id: string, startsAt: string, roomId = 'auditorium', endsAt = '2026-05-14T12:00:00.000Z'): Session => ({
  id, title: id, abstract: '', speakers: [], kind: 'talk', status: 'scheduled', startsAt, endsAt, roomId,
});

describe('comparing instants', () => {
  it('takes the same moment as the same, however it is written', () => {
    expect(sameInstant('2026-05-14T09:30:00+02:00', '2026-05-14T07:30:00.000Z')).toBe(true);
    expect(sameInstant('2026-05-14T07:30:00Z', '2026-05-14T07:30:00.000Z')).toBe(true);
    expect(sameInstant('2026-05-14T09:30:00+01:00', '2026-05-14T07:30:00.000Z')).toBe(false);
  });

  it('orders instants by time, an old copy with an offset among normalised ones too', () => {
    const times = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });
    fc.assert(
      fc.property(times, times, fc.boolean(), (a, b, withOffset) => {
        const x = new Date(a).toISOString();
        // The same instant as b, written in Berlin summer time by an old device.
        const y = withOffset ? `${new Date(b + 2 * 3600_000).toISOString().slice(0, 23)}+02:00` : new Date(b).toISOString();
        expect(Math.sign(compareInstants(x, y))).toBe(Math.sign(a - b));
        expect(compareInstants(instant.parse(y), x)).toBe(-compareInstants(x, y) || 0);
      }),
    );
  });

  it('says whether a slot ends after it starts', () => {
    expect(endsAfterStart({ startsAt: '2026-05-14T09:00:00.000Z', endsAt: '2026-05-14T09:00:01.000Z' })).toBe(true);
    expect(endsAfterStart({ startsAt: '2026-05-14T11:00:00+02:00', endsAt: '2026-05-14T09:00:00.000Z' })).toBe(false);
    expect(endsAfterStart({ startsAt: '2026-05-14T09:00:00.000Z', endsAt: '2026-05-14T08:59:00.000Z' })).toBe(false);
  });
});

describe('a session’s phase at an instant', () => {
  const talk = { startsAt: '2026-05-14T08:00:00.000Z', endsAt: '2026-05-14T08:30:00.000Z' };
  const [start, end] = [Date.parse(talk.startsAt), Date.parse(talk.endsAt)];

  it('is next until its start, now from its start (inclusive) to its end (exclusive), then past', () => {
    expect(sessionPhase(talk, start - 1)).toBe('next');
    expect(sessionPhase(talk, start)).toBe('now');
    expect(sessionPhase(talk, end - 1)).toBe('now');
    expect(sessionPhase(talk, end)).toBe('past');
    expect(sessionPhase(talk, end + 3600_000)).toBe('past');
  });

  it('hands over at the shared minute: the talk before is past when the next one is now', () => {
    const following = { startsAt: talk.endsAt, endsAt: '2026-05-14T09:00:00.000Z' };
    expect([sessionPhase(talk, end), sessionPhase(following, end)]).toEqual(['past', 'now']);
  });

  it('reads instants written with an offset by their time', () => {
    const berlin = { startsAt: '2026-05-14T10:00:00+02:00', endsAt: '2026-05-14T10:30:00+02:00' };
    expect(sessionPhase(berlin, start)).toBe('now');
    expect(sessionPhase(berlin, end)).toBe('past');
  });

  it('calls a session whose end has passed over, even with a start after its end', () => {
    expect(sessionPhase({ startsAt: talk.endsAt, endsAt: talk.startsAt }, start)).toBe('past');
  });

  it('orders running first, then coming, then over', () => {
    const phases: SessionPhase[] = ['past', 'next', 'now', 'past', 'now'];
    expect([...phases].sort(comparePhases)).toEqual(['now', 'now', 'next', 'past', 'past']);
    expect(comparePhases('next', 'next')).toBe(0);
  });
});

describe('the one order of sessions', () => {
  it('is by start, then room, then id', () => {
    const sessions = [
      session('b', '2026-05-14T09:00:00.000Z', 'seminar'),
      session('z', '2026-05-14T08:00:00.000Z', 'seminar'),
      session('c', '2026-05-14T09:00:00.000Z', 'auditorium'),
      session('a', '2026-05-14T09:00:00.000Z', 'seminar'),
    ];
    expect(sortSessions(sessions).map((s) => s.id)).toEqual(['z', 'c', 'a', 'b']);
  });

  it('is a total order that does not depend on the order it was given', () => {
    const arb = fc.array(
      fc.record({
        id: fc.stringMatching(/^[a-z]{1,3}$/),
        startsAt: fc.constantFrom('2026-05-14T08:00:00.000Z', '2026-05-14T09:00:00.000Z', '2026-05-14T10:00:00+02:00'),
        roomId: fc.constantFrom('a', 'b'),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (sessions) => {
        const unique = [...new Map(sessions.map((s) => [s.id, s])).values()];
        const sorted = sortSessions(unique);
        expect(sortSessions([...unique].reverse())).toEqual(sorted);
        sorted.slice(1).forEach((s, i) => expect(compareSessions(sorted[i]!, s)).toBeLessThan(0));
      }),
    );
  });
});

describe('what changed about a session', () => {
  const before = { ...session('talk', '2026-05-14T09:00:00.000Z'), status: 'scheduled' as const };

  it('names each difference once, in the order a person should hear it', () => {
    expect(sessionChanges(before, before)).toEqual([]);
    expect(sessionChanges(before, { ...before, startsAt: '2026-05-14T11:00:00+02:00' })).toEqual([]);
    const after = { ...before, status: 'cancelled' as const, endsAt: '2026-05-14T12:30:00.000Z', roomId: 'seminar', title: 'Neu' };
    expect(sessionChanges(before, after)).toEqual(['cancelled', 'end', 'room', 'title']);
    expect(sessionChanges(after, before)).toEqual(['reinstated', 'end', 'room', 'title']);
  });

  it('compares only the slot when a version has no status or title (a programme’s original slot)', () => {
    const original = { startsAt: '2026-05-14T08:00:00.000Z', endsAt: before.endsAt, roomId: before.roomId };
    expect(sessionChanges(original, { ...before, status: 'cancelled', title: 'Neu' })).toEqual(['start']);
  });

  it('tells which session a logged change is news about', () => {
    const change = (type: string, data: unknown) => {
      const parsed = parseChange({ seq: 1, at: '2026-05-14T08:00:00.000Z', type, audience: 'public', data });
      if (!parsed) throw new Error(`not a change: ${type}`);
      return parsed;
    };
    expect(sessionNewsOf(change('session:added', { session: before }))).toEqual({ sessionId: 'talk', kind: 'added', title: 'talk' });
    expect(sessionNewsOf(change('session:moved', { sessionId: 'talk', slot: before }))).toEqual({ sessionId: 'talk', kind: 'changed' });
    expect(sessionNewsOf(change('session:renamed', { sessionId: 'talk', title: 'x' }))?.kind).toBe('changed');
    expect(sessionNewsOf(change('session:cancelled', { sessionId: 'talk' }))?.kind).toBe('cancelled');
    expect(sessionNewsOf(change('session:removed', { sessionId: 'talk' }))?.kind).toBe('removed');
    expect(sessionNewsOf(change('feedback:opened', { sessionId: 'talk' }))).toBeNull();
    expect(sessionNewsOf(change('question:staged', { sessionId: 'talk', questionId: null }))).toBeNull();
  });
});
