import type { Session } from './model.js';

/*
 * The session rules every part needs alike: when two instants are the same, the one order of
 * sessions, whether a slot ends after it starts, and what changed about a session. The client's
 * pages and the server's exports and imports only turn these answers into words.
 */

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Instants in time order. The schema writes every instant in one UTC form, and those compare as
 * text (no parsing, no `localeCompare`, whose first call loads a collator, ~30 ms on a slow phone);
 * a copy kept on a device from before, with an offset, is compared by its time.
 */
export function compareInstants(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return compareText(a, b);
  return Math.sign(Date.parse(a) - Date.parse(b));
}

/** The same moment, however it is written ("09:30+02:00" and "07:30Z"). */
export const sameInstant = (a: string, b: string) => compareInstants(a, b) === 0;

/** A slot's end lies after its start. */
export const endsAfterStart = (slot: { startsAt: string; endsAt: string }) => compareInstants(slot.endsAt, slot.startsAt) > 0;

/** Where a session stands at an instant: running, still to come, or over. */
export type SessionPhase = 'now' | 'next' | 'past';

/**
 * A session's phase at `nowMs`: running from its start (inclusive) to its end (exclusive), so a
 * talk that ends at 10:30 is over when the one after it begins at 10:30. A session whose end has
 * passed is over whatever its start says.
 */
export function sessionPhase(slot: { startsAt: string; endsAt: string }, nowMs: number): SessionPhase {
  if (Date.parse(slot.endsAt) <= nowMs) return 'past';
  return Date.parse(slot.startsAt) <= nowMs ? 'now' : 'next';
}

const phaseRank: Record<SessionPhase, number> = { now: 0, next: 1, past: 2 };

/** Running first, then what comes, then what is over: how a room's door and the editor's picker list them. */
export const comparePhases = (a: SessionPhase, b: SessionPhase) => phaseRank[a] - phaseRank[b];

type Ordered = Pick<Session, 'id' | 'startsAt' | 'roomId'>;

/** The one order of sessions: by start, then room, then id, so parallel sessions never swap places. */
export function compareSessions(a: Ordered, b: Ordered): number {
  return compareInstants(a.startsAt, b.startsAt) || compareText(a.roomId, b.roomId) || compareText(a.id, b.id);
}

export function sortSessions<T extends Ordered>(sessions: Iterable<T>): T[] {
  return [...sessions].sort(compareSessions);
}

/** What differs between two versions of a session, in the order a person should hear it. */
export type SessionChangeKind = 'cancelled' | 'reinstated' | 'start' | 'end' | 'room' | 'title';

type Version = Pick<Session, 'startsAt' | 'endsAt' | 'roomId'> & Partial<Pick<Session, 'status' | 'title'>>;

/** How `after` differs from `before`; status and title count only when both versions have them. */
export function sessionChanges(before: Version, after: Version): SessionChangeKind[] {
  const kinds: SessionChangeKind[] = [];
  if (before.status && after.status && before.status !== after.status) {
    kinds.push(after.status === 'cancelled' ? 'cancelled' : 'reinstated');
  }
  if (!sameInstant(before.startsAt, after.startsAt)) kinds.push('start');
  if (!sameInstant(before.endsAt, after.endsAt)) kinds.push('end');
  if (before.roomId !== after.roomId) kinds.push('room');
  if (before.title !== undefined && after.title !== undefined && before.title !== after.title) kinds.push('title');
  return kinds;
}
