import { describe, expect, it } from 'vitest';
import {
  changedSinceSeen,
  dueReminders,
  findClashes,
  fingerprintOf,
  rebasedSeen,
  reminderKey,
} from '../../client/features/myAgenda/myAgendaLogic.js';
import { sessionSchema, type Session } from '../../shared/model.js';

/** A session on the demo day; times are Berlin summer time (UTC+2). */
function session(id: string, from: string, to: string, extra: Partial<Session> = {}): Session {
  return sessionSchema.parse({
    id,
    title: `Titel ${id}`,
    roomId: 'auditorium',
    startsAt: `2026-05-14T${from}:00+02:00`,
    endsAt: `2026-05-14T${to}:00+02:00`,
    ...extra,
  });
}
const at = (hhmm: string) => Date.parse(`2026-05-14T${hhmm}:00+02:00`);
const ids = (list: readonly Session[] | undefined) => (list ?? []).map((s) => s.id);

describe('findClashes', () => {
  it('pairs overlapping sessions both ways', () => {
    const clashes = findClashes([session('a', '10:30', '11:00'), session('b', '10:45', '11:15'), session('c', '12:00', '12:30')]);
    expect(ids(clashes.get('a'))).toEqual(['b']);
    expect(ids(clashes.get('b'))).toEqual(['a']);
    expect(clashes.has('c')).toBe(false);
  });

  it('does not call back-to-back sessions a clash', () => {
    expect(findClashes([session('a', '10:30', '11:00'), session('b', '11:00', '11:30')]).size).toBe(0);
  });

  it('ignores cancelled sessions', () => {
    const cancelled = session('b', '10:30', '11:00', { status: 'cancelled' });
    expect(findClashes([session('a', '10:30', '11:00'), cancelled]).size).toBe(0);
  });

  it('finds a long session clashing with several short ones, whatever the input order', () => {
    const clashes = findClashes([session('short2', '14:00', '14:30'), session('market', '13:30', '15:30'), session('short1', '13:30', '14:00')]);
    expect(ids(clashes.get('market'))).toEqual(['short1', 'short2']);
    expect(clashes.has('short1') && clashes.has('short2')).toBe(true);
    expect(ids(clashes.get('short1'))).toEqual(['market']);
  });

  it('compares instants, not the way they are written', () => {
    const utc = session('b', '10:30', '11:00', { startsAt: '2026-05-14T08:45:00.000Z', endsAt: '2026-05-14T09:15:00Z' });
    expect(ids(findClashes([session('a', '10:30', '11:00'), utc]).get('a'))).toEqual(['b']);
  });
});

describe('changedSinceSeen', () => {
  const original = session('a', '10:30', '11:00');
  const seen = { a: fingerprintOf(original, 7) };

  it('reports nothing when the session is as it was seen, or was never seen', () => {
    expect(changedSinceSeen([original, session('new', '09:00', '09:30')], seen, 9)).toEqual([]);
  });

  it('says what changed: time, room, cancellation, title', () => {
    const moved = { ...original, startsAt: '2026-05-14T12:00:00.000Z', endsAt: '2026-05-14T12:30:00.000Z', roomId: 'seminar-2' };
    expect(changedSinceSeen([moved], seen, 9)).toEqual([{ session: moved, before: seen.a, kinds: ['time', 'room'] }]);
    expect(changedSinceSeen([{ ...original, status: 'cancelled' }], seen, 9)[0]?.kinds).toEqual(['cancelled']);
    expect(changedSinceSeen([{ ...original, title: 'Neu' }], seen, 9)[0]?.kinds).toEqual(['title']);
  });

  it('treats a changed end alone as a change of time, and a reinstatement as news', () => {
    expect(changedSinceSeen([{ ...original, endsAt: '2026-05-14T09:15:00Z' }], seen, 9)[0]?.kinds).toEqual(['time']);
    const cancelledSeen = { a: fingerprintOf({ ...original, status: 'cancelled' }, 7) };
    expect(changedSinceSeen([original], cancelledSeen, 9)[0]?.kinds).toEqual(['reinstated']);
  });

  it('does not see a change in the same instant written another way (a re-import)', () => {
    expect(changedSinceSeen([{ ...original, startsAt: '2026-05-14T08:30:00.000Z' }], seen, 9)).toEqual([]);
  });

  it('ignores a difference while the state on screen is older than the one seen (a stale cache at start)', () => {
    const movedLater = { a: fingerprintOf({ ...original, roomId: 'seminar-2' }, 12) };
    expect(changedSinceSeen([original], movedLater, 11)).toEqual([]);
    expect(changedSinceSeen([original], movedLater, 12)[0]?.kinds).toEqual(['room']);
  });

  it('shows a change again once the server is back with lower seqs (a reset database)', () => {
    const seenBeforeReset = { a: fingerprintOf({ ...original, roomId: 'seminar-2' }, 40), b: fingerprintOf(session('b', '12:00', '12:30'), 3) };
    expect(changedSinceSeen([original], seenBeforeReset, 5)).toEqual([]);
    const rebased = rebasedSeen(seenBeforeReset, 5);
    expect(rebased).toEqual({ a: { ...seenBeforeReset.a, seq: 5 }, b: seenBeforeReset.b });
    expect(changedSinceSeen([original], rebased!, 5)[0]?.kinds).toEqual(['room']);
    expect(rebasedSeen(seenBeforeReset, 40)).toBeNull();
  });
});

describe('dueReminders', () => {
  const talk = session('talk', '10:30', '11:00');
  const none = new Set<string>();

  it('reminds within the chosen minutes before the start, not earlier', () => {
    expect(ids(dueReminders(at('10:19'), [talk], 10, none))).toEqual([]);
    expect(ids(dueReminders(at('10:20'), [talk], 10, none))).toEqual(['talk']);
    expect(ids(dueReminders(at('10:29'), [talk], 10, none))).toEqual(['talk']);
  });

  it('reminds once: a fired reminder is not due again', () => {
    expect(dueReminders(at('10:25'), [talk], 10, new Set([reminderKey(talk)]))).toEqual([]);
  });

  it('reminds again when the session was moved to a new start', () => {
    const moved = { ...talk, startsAt: '2026-05-14T09:00:00.000Z', endsAt: '2026-05-14T09:30:00.000Z' };
    expect(ids(dueReminders(at('10:55'), [moved], 10, new Set([reminderKey(talk)])))).toEqual(['talk']);
  });

  it('never reminds of a running or past session, a cancelled one, or when reminders are off', () => {
    expect(dueReminders(at('10:30'), [talk], 10, none)).toEqual([]);
    expect(dueReminders(at('12:00'), [talk], 10, none)).toEqual([]);
    expect(dueReminders(at('10:25'), [{ ...talk, status: 'cancelled' }], 10, none)).toEqual([]);
    expect(dueReminders(at('10:25'), [talk], 0, none)).toEqual([]);
  });

  it('lists several due sessions in time order', () => {
    const other = session('other', '10:25', '10:50', { roomId: 'seminar-1' });
    expect(ids(dueReminders(at('10:20'), [talk, other], 15, none))).toEqual(['other', 'talk']);
  });
});
