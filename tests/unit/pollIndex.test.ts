import { describe, expect, it } from 'vitest';
import type { ChangeDataMap, ChangeType } from '../../shared/changes.js';
import { createPollIndex } from '../../server/polls/pollIndex.js';
import { changeAt } from '../support/demoState.js';

let seq = 0;
const change = <K extends ChangeType>(type: K, data: ChangeDataMap[K]) => changeAt(++seq, type, 'internal', data);
const vote = (pollId: string, deviceId: string, option: number) => change('poll:vote-cast', { pollId, deviceId, answer: { kind: 'choice', options: [option] } });
const rating = (sessionId: string, deviceId: string, stars: number, comment?: string) =>
  change('feedback:given', { sessionId, deviceId, stars, ...(comment ? { comment } : {}), at: '2026-05-14T09:00:00.000Z' });

/** Each device's answers and ratings, as the server counts results and "one vote per device, changeable" from them. */
describe('the poll index', () => {
  it('keeps each device’s latest answer per poll', () => {
    const index = createPollIndex();
    [vote('p1', 'd-a', 0), vote('p1', 'd-b', 1), vote('p1', 'd-a', 1), vote('p2', 'd-a', 0)].forEach((c) => index.project(c));
    expect([...index.answers('p1')]).toEqual([{ kind: 'choice', options: [1] }, { kind: 'choice', options: [1] }]);
    expect(index.answerOf('p1', 'd-a')).toEqual({ kind: 'choice', options: [1] });
    expect(index.answerOf('p2', 'd-b')).toBeUndefined();
    expect([...index.answers('unbekannt')]).toEqual([]);
  });

  it('forgets a deleted poll’s answers, and every answer and rating when the demo is removed', () => {
    const index = createPollIndex();
    [vote('p1', 'd-a', 0), vote('p2', 'd-a', 0), rating('eroeffnung', 'd-a', 4)].forEach((c) => index.project(c));
    index.project(change('poll:deleted', { pollId: 'p1' }));
    expect([...index.answers('p1')]).toEqual([]);
    expect([...index.answers('p2')]).toHaveLength(1);
    const event = { id: 'e1', name: 'Digitale Städte', venue: 'Rathaus', city: 'Mainz', timeZone: 'Europe/Berlin', startsAt: '2026-05-14T07:00:00.000Z', endsAt: '2026-05-14T14:00:00.000Z' };
    index.project(change('event:demo-removed', { event }));
    expect([...index.answers('p2')]).toEqual([]);
    expect(index.feedbackSessions()).toEqual([]);
  });

  it('keeps each device’s rating per session and lists the sessions rated', () => {
    const index = createPollIndex();
    [rating('eroeffnung', 'd-a', 3, 'Zu kurz'), rating('eroeffnung', 'd-a', 5), rating('ausblick', 'd-b', 4, 'Gut')].forEach((c) => index.project(c));
    expect(index.feedbackOf('eroeffnung', 'd-a')).toEqual({ stars: 5, comment: undefined, at: '2026-05-14T09:00:00.000Z' });
    expect([...index.feedback('ausblick')]).toEqual([{ stars: 4, comment: 'Gut', at: '2026-05-14T09:00:00.000Z' }]);
    expect([...index.feedback('niemand')]).toEqual([]);
    expect(index.feedbackSessions()).toEqual(['eroeffnung', 'ausblick']);
  });

  it('erases one device’s comment, or every comment on time, and keeps the stars counted', () => {
    const index = createPollIndex();
    [rating('eroeffnung', 'd-a', 3, 'Zu kurz'), rating('eroeffnung', 'd-b', 5, 'Super'), rating('ausblick', 'd-b', 4, 'Gut')].forEach((c) => index.project(c));
    index.project(change('feedback:comment-erased', { sessionId: 'eroeffnung', deviceId: 'd-a' }));
    expect(index.feedbackOf('eroeffnung', 'd-a')).toEqual({ stars: 3, at: '2026-05-14T09:00:00.000Z' });
    expect(index.feedbackOf('eroeffnung', 'd-b')?.comment).toBe('Super');
    // Erasing a device that gave no comment, or a session nobody rated, changes nothing.
    index.project(change('feedback:comment-erased', { sessionId: 'niemand', deviceId: 'd-a' }));
    index.project(change('personal-data:erased', {}));
    expect([...index.feedback('eroeffnung')]).toEqual([{ stars: 3, at: '2026-05-14T09:00:00.000Z' }, { stars: 5, at: '2026-05-14T09:00:00.000Z' }]);
    expect(index.feedbackOf('ausblick', 'd-b')).toEqual({ stars: 4, at: '2026-05-14T09:00:00.000Z' });
  });

  it('starts over empty when reset', () => {
    const index = createPollIndex();
    [vote('p1', 'd-a', 0), rating('eroeffnung', 'd-a', 4)].forEach((c) => index.project(c));
    index.reset();
    expect([...index.answers('p1')]).toEqual([]);
    expect(index.feedbackSessions()).toEqual([]);
  });
});
