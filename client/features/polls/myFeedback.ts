import { enqueueCommand } from '../../sync/outbox';
import { createOutboxRecords } from './outboxRecords';

interface MyRating {
  stars: number;
  comment: string;
}
const isRating = (v: unknown): v is MyRating =>
  typeof v === 'object' && v !== null && 'stars' in v && typeof v.stars === 'number' && 'comment' in v && typeof v.comment === 'string';

/** This device's rating per session: shown again in the form, so it can be changed. */
const ratings = createOutboxRecords('ortstermin.myFeedback', 'feedback:give', isRating);
export const myRating = ratings.get;
export const myRatings = ratings.all;

/** "Meine Daten": the comments leave the phone; the stars stay, as on the server. */
export function forgetComments(): void {
  ratings.rewriteAll((rating) => ({ ...rating, comment: '' }));
}

export async function giveFeedback(sessionId: string, rating: MyRating): Promise<void> {
  const comment = rating.comment.trim();
  const commandId = await enqueueCommand('feedback:give', { sessionId, stars: rating.stars, ...(comment ? { comment } : {}) });
  ratings.queued(sessionId, rating, commandId);
}
