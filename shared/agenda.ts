import type { PublicState, Session } from './model.js';

/**
 * Plain code-unit order, not `localeCompare`: instants are ISO strings in UTC and ids are slugs, so
 * it sorts the same, and the first `localeCompare` loads a collator, ~30 ms on a slow phone in the
 * middle of the first render of the agenda.
 */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortedSessions(state: PublicState): Session[] {
  return Object.values(state.sessions).sort((a, b) => compare(a.startsAt, b.startsAt) || compare(a.roomId, b.roomId));
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
  const now = sessions.filter((s) => Date.parse(s.startsAt) <= nowMs && nowMs < Date.parse(s.endsAt));
  const upcoming = sessions.filter((s) => Date.parse(s.startsAt) > nowMs);
  const nextStart = upcoming[0]?.startsAt;
  const next = nextStart ? upcoming.filter((s) => s.startsAt === nextStart) : [];
  return { now, next };
}
