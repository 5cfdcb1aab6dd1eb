import type { Change } from '../../shared/changes.js';
import type { PollAnswer } from '../../shared/polls.js';
import type { FeedbackEntry } from '../../shared/pollResults.js';

/**
 * Each device's current poll answer and session rating, rebuilt from the log's internal changes:
 * devices see only results, but "one vote per device, changeable" needs the answers by device.
 */
export interface PollIndex {
  answerOf(pollId: string, deviceId: string): PollAnswer | undefined;
  answers(pollId: string): Iterable<PollAnswer>;
  feedbackOf(sessionId: string, deviceId: string): FeedbackEntry | undefined;
  feedback(sessionId: string): Iterable<FeedbackEntry>;
  /** Every session with feedback, for the export. */
  feedbackSessions(): string[];
  project(change: Change): void;
  reset(): void;
}

function inner<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let found = outer.get(key);
  if (!found) outer.set(key, (found = new Map()));
  return found;
}

function uncomment(byDevice: Map<string, FeedbackEntry> | undefined, deviceId: string): void {
  const entry = byDevice?.get(deviceId);
  if (entry?.comment !== undefined) byDevice?.set(deviceId, { stars: entry.stars, at: entry.at });
}

export function createPollIndex(): PollIndex {
  const votes = new Map<string, Map<string, PollAnswer>>();
  const ratings = new Map<string, Map<string, FeedbackEntry>>();
  return {
    answerOf: (pollId, deviceId) => votes.get(pollId)?.get(deviceId),
    answers: (pollId) => votes.get(pollId)?.values() ?? [],
    feedbackOf: (sessionId, deviceId) => ratings.get(sessionId)?.get(deviceId),
    feedback: (sessionId) => ratings.get(sessionId)?.values() ?? [],
    feedbackSessions: () => [...ratings.keys()],
    reset() {
      votes.clear();
      ratings.clear();
    },
    project(change) {
      if (change.type === 'poll:vote-cast') inner(votes, change.data.pollId).set(change.data.deviceId, change.data.answer);
      else if (change.type === 'poll:deleted') votes.delete(change.data.pollId);
      // The demo's polls and sessions are gone: their answers and ratings must not count for new ones.
      else if (change.type === 'event:demo-removed') [votes, ratings].forEach((map) => map.clear());
      else if (change.type === 'feedback:given') {
        const { sessionId, deviceId, stars, comment, at } = change.data;
        inner(ratings, sessionId).set(deviceId, { stars, comment, at });
      } else if (change.type === 'feedback:comment-erased') uncomment(ratings.get(change.data.sessionId), change.data.deviceId);
      // Erased on time: every comment goes, the stars stay counted.
      else if (change.type === 'personal-data:erased') ratings.forEach((byDevice) => byDevice.forEach((_entry, deviceId) => uncomment(byDevice, deviceId)));
    },
  };
}
