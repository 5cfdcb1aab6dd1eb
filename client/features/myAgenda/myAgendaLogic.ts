import type { Session } from '../../../shared/model';
import { sessionChanges, sortSessions } from '../../../shared/sessions';

/** What the attendee last saw of a bookmarked session; a difference is news for them. */
export interface Fingerprint {
  startsAt: string;
  endsAt: string;
  roomId: string;
  status: Session['status'];
  title: string;
  /** The device's seq when this was seen: a state older than that (a stale cache) is no news. */
  seq: number;
}

export type ChangeKind = 'time' | 'room' | 'cancelled' | 'reinstated' | 'title';

export interface SeenChange {
  session: Session;
  before: Fingerprint;
  kinds: ChangeKind[];
}

export function fingerprintOf(session: Session, seq: number): Fingerprint {
  const { startsAt, endsAt, roomId, status, title } = session;
  return { startsAt, endsAt, roomId, status, title, seq };
}

const ms = (iso: string) => Date.parse(iso);

/** The shared kinds of change, a new start or end told as one change of time. */
function changeKinds(before: Fingerprint, session: Session): ChangeKind[] {
  const kinds = sessionChanges(before, session).map((kind) => (kind === 'start' || kind === 'end' ? 'time' : kind));
  return [...new Set(kinds)];
}

/**
 * Sessions that differ from what the attendee last acknowledged, in time order. A session
 * without a fingerprint has not been seen in any other form, so it is not news; nor is a
 * difference while the state (`stateSeq`) is older than the one the fingerprint was taken from.
 */
export function changedSinceSeen(
  sessions: readonly Session[],
  seen: Readonly<Record<string, Fingerprint>>,
  stateSeq: number,
): SeenChange[] {
  const changed: SeenChange[] = [];
  for (const session of byStart(sessions)) {
    const before = Object.hasOwn(seen, session.id) ? seen[session.id] : undefined;
    const kinds = before && stateSeq >= before.seq ? changeKinds(before, session) : [];
    if (before && kinds.length > 0) changed.push({ session, before, kinds });
  }
  return changed;
}

/**
 * Fingerprints no newer than the server's state on screen, or null when none is newer. Online,
 * that state is current; a fingerprint from a later seq came from an earlier database (a reset
 * event) and would otherwise hide every change until the new seqs pass the old ones.
 */
export function rebasedSeen(seen: Readonly<Record<string, Fingerprint>>, serverSeq: number): Record<string, Fingerprint> | null {
  const entries = Object.entries(seen);
  if (!entries.some(([, before]) => before.seq > serverSeq)) return null;
  return Object.fromEntries(entries.map(([id, before]) => [id, before.seq > serverSeq ? { ...before, seq: serverSeq } : before]));
}

export const byStart = (sessions: readonly Session[]): Session[] => sortSessions(sessions);

/**
 * For every bookmarked session, the others it overlaps. Back-to-back is no clash (one ends as
 * the next begins), and a cancelled session takes no time.
 */
export function findClashes(sessions: readonly Session[]): Map<string, Session[]> {
  const live = byStart(sessions).filter((s) => s.status !== 'cancelled');
  const clashes = new Map<string, Session[]>();
  const note = (a: Session, b: Session) => clashes.set(a.id, [...(clashes.get(a.id) ?? []), b]);
  live.forEach((a, i) => {
    for (const b of live.slice(i + 1)) {
      // Sorted by start: once b starts after a ends, no later one can overlap a.
      if (ms(b.startsAt) >= ms(a.endsAt)) break;
      if (ms(b.endsAt) > ms(a.startsAt)) {
        note(a, b);
        note(b, a);
      }
    }
  });
  return clashes;
}

/** One reminder per session and start time: a session moved later gets a fresh one. */
export function reminderKey(session: Session): string {
  return `${session.id}@${new Date(session.startsAt).toISOString()}`;
}

/**
 * Bookmarked sessions that start within `minutes` of `nowMs` and were not reminded of yet.
 * None for sessions already running or over, none when reminders are off (0).
 */
export function dueReminders(
  nowMs: number,
  sessions: readonly Session[],
  minutes: number,
  alreadyFired: ReadonlySet<string>,
): Session[] {
  if (minutes <= 0) return [];
  return byStart(sessions).filter((session) => {
    const startsIn = ms(session.startsAt) - nowMs;
    return (
      session.status !== 'cancelled' &&
      startsIn > 0 &&
      startsIn <= minutes * 60_000 &&
      !alreadyFired.has(reminderKey(session))
    );
  });
}
