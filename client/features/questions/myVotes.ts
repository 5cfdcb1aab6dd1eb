import { createEffect, createRoot } from 'solid-js';
import { commandPayloads } from '../../../shared/commands';
import { state } from '../../sync/connection';
import { enqueueCommand, onOutboxSettled } from '../../sync/outbox';
import { createStoredIdSet } from '../../sync/storedIdSet';
import { votesCarriedByMerge } from './myQuestionState';

/** The questions this device has voted for; the server counts one vote per device. */
const votes = createStoredIdSet('ortstermin.myVotes', 1000);

export const hasVoted = (questionId: string): boolean => votes.has(questionId);

/** Votes (or takes the vote back); queued, so it also works offline and is sent in order. */
export function toggleVote(questionId: string): void {
  const up = !votes.has(questionId);
  votes.set(questionId, up);
  void enqueueCommand('question:vote', { questionId, up });
}

// A refused vote (the question was hidden meanwhile) must not stay marked on this device.
onOutboxSettled((command, result) => {
  if (command.type !== 'question:vote' || result.ok) return;
  const payload = commandPayloads['question:vote'].safeParse(command.payload);
  if (payload.success) votes.set(payload.data.questionId, !payload.data.up);
});

createRoot(() =>
  createEffect(() => {
    for (const id of votesCarriedByMerge(votes.ids(), state())) votes.set(id, true);
  }),
);
