import type { PublicState } from './publicState.js';
import { own } from './records.js';
import { sessionPhase } from './sessions.js';
import { defaultTimeZone, localDate, zonedInstant } from './time.js';

export type FeedbackWindow = 'none' | 'not-yet' | 'open' | 'over';

/** Midnight after the event's last day, in the event's zone: feedback can change until then. */
export function endOfEventDay(state: PublicState, sessionEndsAt: string): number {
  const zone = state.event?.timeZone ?? defaultTimeZone;
  const lastDay = localDate(new Date(state.event?.endsAt ?? sessionEndsAt), zone);
  const next = new Date(Date.parse(`${lastDay}T12:00:00Z`) + 24 * 3600 * 1000).toISOString().slice(0, 10);
  return Date.parse(zonedInstant(next, '00:00', zone));
}

/**
 * When a session can be rated: from its end (or earlier, once a moderator opened it) until the
 * end of the event day. Cancelled sessions and breaks take none.
 */
export function feedbackWindow(state: PublicState, sessionId: string, nowMs: number): FeedbackWindow {
  const session = own(state.sessions, sessionId);
  if (!session || session.status === 'cancelled' || session.kind === 'break') return 'none';
  if (nowMs >= endOfEventDay(state, session.endsAt)) return 'over';
  if (own(state.polls.feedbackOpen, sessionId) || sessionPhase(session, nowMs) === 'past') return 'open';
  return 'not-yet';
}
