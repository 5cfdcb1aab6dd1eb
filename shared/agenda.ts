import type { Room, Session } from './model.js';
import type { PublicState } from './publicState.js';
import { sameInstant, sessionPhase, sortSessions } from './sessions.js';

/** Rooms in the organizer's order; rooms never ordered follow, by name. */
export function orderedRooms(rooms: Readonly<Record<string, Room>>): Room[] {
  const position = (room: Room) => room.order ?? Number.MAX_SAFE_INTEGER;
  return Object.values(rooms).sort((a, b) => position(a) - position(b) || a.name.localeCompare(b.name, 'de'));
}

export function sortedSessions(state: PublicState): Session[] {
  return sortSessions(Object.values(state.sessions));
}

export interface NowNext {
  now: Session[];
  next: Session[];
}

/**
 * Sessions running at `nowMs`, and the ones starting next (all that share the next start time).
 * Cancelled sessions stay listed so nobody walks to a room in vain.
 */
export function nowAndNext(state: PublicState, nowMs: number): NowNext {
  const sessions = sortedSessions(state);
  const now = sessions.filter((s) => sessionPhase(s, nowMs) === 'now');
  const upcoming = sessions.filter((s) => sessionPhase(s, nowMs) === 'next');
  const nextStart = upcoming[0]?.startsAt;
  const next = nextStart ? upcoming.filter((s) => sameInstant(s.startsAt, nextStart)) : [];
  return { now, next };
}
