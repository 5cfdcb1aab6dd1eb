import type { Change } from './changes.js';

/*
 * Which session a logged change is news about: what the live announcer reads out and what the
 * device lists as missed while it was away. Apart from sessions.ts: it reads changes, and the change
 * schemas (through questions.ts) use the session rules, so in one file they would import each other.
 */

/** What a logged change says about a session: added, changed (slot or title), cancelled, … */
export type SessionNewsKind = 'added' | 'changed' | 'cancelled' | 'reinstated' | 'removed' | 'details';

export interface SessionNews {
  sessionId: string;
  kind: SessionNewsKind;
  /** The title the change itself carries (a new session's); otherwise take it from the state. */
  title?: string;
}

/** The session a change is news about, and what kind of news; null for every other change. */
export function sessionNewsOf(change: Change): SessionNews | null {
  switch (change.type) {
    case 'session:added':
      return { sessionId: change.data.session.id, kind: 'added', title: change.data.session.title };
    case 'session:moved':
    case 'session:renamed':
      return { sessionId: change.data.sessionId, kind: 'changed' };
    case 'session:cancelled':
      return { sessionId: change.data.sessionId, kind: 'cancelled' };
    case 'session:reinstated':
      return { sessionId: change.data.sessionId, kind: 'reinstated' };
    case 'session:removed':
      return { sessionId: change.data.sessionId, kind: 'removed' };
    case 'session:details-set':
      return { sessionId: change.data.sessionId, kind: 'details' };
    default:
      return null;
  }
}
