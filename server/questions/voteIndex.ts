import type { Change } from '../../shared/changes.js';

/**
 * Who voted for what, rebuilt from the log's internal vote changes: attendees see counts only,
 * but "one vote per device" and taking a vote back need the voters.
 */
export interface VoteIndex {
  hasVoted(questionId: string, deviceId: string): boolean;
  count(questionId: string): number;
  project(change: Change): void;
  /** Forgets every vote (before the live state replays the log again). */
  reset(): void;
}

export function createVoteIndex(): VoteIndex {
  const voters = new Map<string, Set<string>>();
  const of = (questionId: string) => {
    let set = voters.get(questionId);
    if (!set) voters.set(questionId, (set = new Set()));
    return set;
  };
  return {
    hasVoted: (questionId, deviceId) => voters.get(questionId)?.has(deviceId) ?? false,
    count: (questionId) => voters.get(questionId)?.size ?? 0,
    reset: () => voters.clear(),
    project(change) {
      if (change.type === 'question:vote-cast') {
        const { questionId, deviceId, up } = change.data;
        if (up) of(questionId).add(deviceId);
        else of(questionId).delete(deviceId);
      } else if (change.type === 'event:demo-removed') {
        voters.clear(); // its questions are gone
      } else if (change.type === 'question:merged') {
        // A merged duplicate's voters count for the question it was merged into.
        const into = of(change.data.into.id);
        voters.get(change.data.question.id)?.forEach((deviceId) => into.add(deviceId));
      }
    },
  };
}
