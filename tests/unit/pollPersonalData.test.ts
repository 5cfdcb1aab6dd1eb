import { describe, expect, it } from 'vitest';
import type { ChangeDataMap, ChangeType } from '../../shared/changes.js';
import { newErasureRun } from '../../server/kernel/personalData.js';
import { createPollIndex } from '../../server/polls/pollIndex.js';
import { erasingDeviceComments, pollPersonalData } from '../../server/polls/pollPersonalData.js';
import { emptyState } from '../../shared/publicState.js';
import { changeAt } from '../support/demoState.js';

const at = '2026-05-14T09:00:00.000Z';
const change = <K extends ChangeType>(type: K, data: ChangeDataMap[K]) => changeAt(1, type, 'internal', data);
const given = (sessionId: string, deviceId: string, comment?: string) => change('feedback:given', { sessionId, deviceId, stars: 2, ...(comment ? { comment } : {}), at });
const counted = (sessionId: string, ...texts: string[]) =>
  change('feedback:counted', { sessionId, summary: { count: texts.length, distribution: [0, texts.length, 0, 0, 0], average: 2, comments: texts.map((text) => ({ stars: 2, text, at })) } });

describe('the polls’ personal data', () => {
  const index = createPollIndex();
  const run = newErasureRun();
  // Made in each test, so what it is made of counts as that test's.
  const parts = () => pollPersonalData(index);

  it('erases comments from ratings and from the summaries staff got, and leaves what holds none', () => {
    const [comments] = parts();
    expect(comments?.types).toEqual(['feedback:given', 'feedback:counted']);
    expect(comments?.what).toBe('feedback_comments');
    expect(comments?.erase(given('eroeffnung', 'd1.a.b', 'Zu leise'), run)).toEqual({ sessionId: 'eroeffnung', deviceId: 'd1.a.b', stars: 2, at });
    expect(comments?.erase(given('eroeffnung', 'd1.a.b'), run)).toBeNull();
    expect(comments?.erase(counted('eroeffnung', 'Zu leise', 'Super'), run)).toMatchObject({ summary: { count: 2, comments: [] } });
    expect(comments?.erase(counted('eroeffnung'), run)).toBeNull();
    expect(comments?.erase(change('poll:deleted', { pollId: 'p' }), run)).toBeNull();
  });

  it('erases one device’s comments where it left one, for "Meine Daten"', () => {
    const [comments] = parts();
    index.project(given('eroeffnung', 'd1.a.b', 'Zu leise'));
    index.project(given('ausblick', 'd1.a.b'));
    index.project(given('ausblick', 'd1.c.d', 'Gut'));
    expect(comments?.ofDevice?.('d1.a.b', [], emptyState)).toEqual({ drafts: [{ type: 'feedback:comment-erased', audience: 'internal', data: { sessionId: 'eroeffnung', deviceId: 'd1.a.b' } }], foreign: [] });
    expect(comments?.ofDevice?.('d1.x.y', [], emptyState)).toEqual({ drafts: [], foreign: [] });
  });

  it('replaces the device id of votes, ratings and comment erasures with a pseudonym, once', () => {
    const [, deviceIds] = parts();
    // The store reads exactly these rows to rewrite them.
    expect(deviceIds?.types).toEqual(['poll:vote-cast', 'feedback:given', 'feedback:comment-erased']);
    expect(deviceIds?.what).toBe('poll_device_ids');
    const vote = change('poll:vote-cast', { pollId: 'p', deviceId: 'd1.a.b', answer: { kind: 'rating', value: 4 } });
    const erased = deviceIds?.erase(vote, run);
    expect(erased).toMatchObject({ pollId: 'p', deviceId: run.pseudonym('d1.a.b') });
    expect(deviceIds?.erase(given('eroeffnung', 'd1.a.b'), run)).toMatchObject({ deviceId: run.pseudonym('d1.a.b') });
    expect(deviceIds?.erase(change('feedback:comment-erased', { sessionId: 'eroeffnung', deviceId: 'd1.a.b' }), run)).toMatchObject({ deviceId: run.pseudonym('d1.a.b') });
    expect(deviceIds?.erase(change('poll:vote-cast', { pollId: 'p', deviceId: run.pseudonym('d1.a.b'), answer: { kind: 'rating', value: 4 } }), run)).toBeNull();
    expect(deviceIds?.erase(change('poll:deleted', { pollId: 'p' }), run)).toBeNull();
  });
});

describe('erasing one device’s comment on one session', () => {
  it('touches only that device’s commented rating of that session, and only the summaries of that session that held it', () => {
    const rewrite = erasingDeviceComments('eroeffnung', 'd1.a.b');
    expect(rewrite(given('ausblick', 'd1.a.b', 'Anderswo'))).toBeNull();
    expect(rewrite(given('eroeffnung', 'd1.c.d', 'Zu leise'))).toBeNull();
    expect(rewrite(given('eroeffnung', 'd1.a.b'))).toBeNull();
    expect(rewrite(counted('eroeffnung', 'Zu leise'))).toBeNull();
    expect(rewrite(given('eroeffnung', 'd1.a.b', 'Zu leise'))).toEqual({ sessionId: 'eroeffnung', deviceId: 'd1.a.b', stars: 2, at });
    expect(rewrite(counted('ausblick', 'Zu leise'))).toBeNull();
    expect(rewrite(counted('eroeffnung', 'Zu leise', 'Super'))).toMatchObject({ sessionId: 'eroeffnung', summary: { comments: [{ text: 'Super' }] } });
    expect(rewrite(change('poll:deleted', { pollId: 'p' }))).toBeNull();
  });
});
