import type { Audience } from '../../shared/changes.js';
import type { PublicState } from '../../shared/publicState.js';
import type { Poll } from '../../shared/polls.js';
import { own } from '../../shared/records.js';
import { reject, type HandlerOutcome } from '../kernel/handler.js';

/** A draft is the moderators' own; once opened, attendees know the poll (never its hidden results). */
export const pollAudience = (poll: Poll): Audience => (poll.status === 'draft' ? 'staff' : 'public');

/** Where a poll's results go: staff while hidden, everyone once revealed. */
export const resultsAudience = (poll: Poll): 'public' | 'staff' => (poll.revealed ? 'public' : 'staff');

export const pollConflict = (message: string) => reject('conflict', [{ path: 'pollId', message }]);

export function withPoll(state: PublicState, pollId: string, decide: (poll: Poll) => HandlerOutcome): HandlerOutcome {
  const poll = own(state.polls.polls, pollId);
  if (!poll) return reject('not_found', [{ path: 'pollId', message: 'no such poll' }]);
  return decide(poll);
}

export function sessionMissing(state: PublicState, sessionId: string | null): HandlerOutcome | null {
  if (sessionId === null || own(state.sessions, sessionId)) return null;
  return reject('not_found', [{ path: 'sessionId', message: 'no such session' }]);
}

/** The other open poll of the same session (or of the whole event): opening one closes it. */
export function openRival(state: PublicState, poll: Poll): Poll | undefined {
  return Object.values(state.polls.polls).find((p) => p.id !== poll.id && p.status === 'open' && p.sessionId === poll.sessionId);
}
