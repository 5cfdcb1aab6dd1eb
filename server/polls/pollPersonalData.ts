import type { Change } from '../../shared/changes.js';
import type { FeedbackComment } from '../../shared/polls.js';
import { erasedDeviceId, type PersonalData } from '../kernel/personalData.js';
import type { ChangeRewrite } from '../kernel/store.js';
import type { PollIndex } from './pollIndex.js';

/** A rating without its comment, or null when it has none; the stars stay counted. */
function uncommented(change: Change): Change['data'] | null {
  if (change.type !== 'feedback:given' || change.data.comment === undefined) return null;
  const { comment: _comment, ...rest } = change.data;
  return rest;
}

/** A summary staff got, without the comments `erased` picks (all of them when erasing on time). */
function summaryWithout(change: Change, erased: (comment: FeedbackComment) => boolean): Change['data'] | null {
  if (change.type !== 'feedback:counted') return null;
  const comments = change.data.summary.comments.filter((comment) => !erased(comment));
  return comments.length === change.data.summary.comments.length ? null : { ...change.data, summary: { ...change.data.summary, comments } };
}

export const feedbackTypes = ['feedback:given', 'feedback:counted'] as const;

/**
 * One device's comments on one session, in the stored ratings and in every summary staff got:
 * the summaries carry no device, so a comment is known by its words and the instant it was given.
 */
export function erasingDeviceComments(sessionId: string, deviceId: string): ChangeRewrite {
  const given = new Set<string>();
  const key = (text: string, at: string) => JSON.stringify([text, at]);
  return (change) => {
    if (change.type === 'feedback:given') {
      if (change.data.sessionId !== sessionId || change.data.deviceId !== deviceId || change.data.comment === undefined) return null;
      given.add(key(change.data.comment, change.data.at));
      return uncommented(change);
    }
    if (change.type !== 'feedback:counted' || change.data.sessionId !== sessionId) return null;
    return summaryWithout(change, (comment) => given.has(key(comment.text, comment.at)));
  };
}

export function pollPersonalData(polls: PollIndex): PersonalData[] {
  return [
    {
      what: 'feedback_comments',
      types: feedbackTypes,
      erase: (change) => uncommented(change) ?? summaryWithout(change, () => true),
      ofDevice: (deviceId) => ({
        drafts: polls.feedbackSessions().flatMap((sessionId) =>
          polls.feedbackOf(sessionId, deviceId)?.comment ? [{ type: 'feedback:comment-erased', audience: 'internal', data: { sessionId, deviceId } }] : [],
        ),
        foreign: [],
      }),
    },
    {
      what: 'poll_device_ids',
      types: ['poll:vote-cast', 'feedback:given', 'feedback:comment-erased'],
      erase(change, run) {
        if (change.type !== 'poll:vote-cast' && change.type !== 'feedback:given' && change.type !== 'feedback:comment-erased') return null;
        const deviceId = erasedDeviceId(change.data.deviceId, run);
        return deviceId ? { ...change.data, deviceId } : null;
      },
    },
  ];
}
