import type { PollAnswer } from '../../../shared/polls';
import { enqueueCommand } from '../../sync/outbox';
import { createOutboxRecords } from './outboxRecords';

const isAnswer = (v: unknown): v is PollAnswer =>
  typeof v === 'object' && v !== null && 'kind' in v && (v.kind === 'choice' || v.kind === 'rating' || v.kind === 'words');

/** This device's vote per poll; the server counts one per device and takes the latest. */
const votes = createOutboxRecords('ortstermin.myPollVotes', 'poll:vote', isAnswer);
export const myVote = votes.get;
export const myPollVotes = votes.all;

/**
 * Votes through the outbox, like a question: stored on the device first, sent when the network
 * allows, so a vote given while the hall's Wi-Fi is down arrives once it is back.
 */
export async function castVote(pollId: string, answer: PollAnswer): Promise<void> {
  votes.queued(pollId, answer, await enqueueCommand('poll:vote', { pollId, answer }));
}
