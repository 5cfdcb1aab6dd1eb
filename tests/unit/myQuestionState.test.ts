import { describe, expect, it } from 'vitest';
import { newlyPublished, stateOf, votesCarriedByMerge, type AskedHere } from '../../client/features/questions/myQuestionState.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import type { Question } from '../../shared/questions.js';
import { applyChange } from '../../shared/reducer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';

const mineId = '00000000-0000-4000-8000-000000000001';
const otherId = '00000000-0000-4000-8000-000000000002';

function question(id: string, change: Partial<Question> = {}): Question {
  const base: Question = {
    id,
    target: { kind: 'session', id: 'keynote' },
    text: `Frage ${id.slice(-1)}`,
    askedAt: '2026-11-24T09:00:00.000Z',
    status: 'published',
    pinned: false,
    answered: false,
    votes: 0,
  };
  return { ...base, ...change };
}

function withQuestions(...questions: Question[]): PublicState {
  return { ...emptyState, questions: Object.fromEntries(questions.map((q) => [q.id, q])) };
}

const asked: AskedHere = { id: mineId, commandId: 'cmd-1' };
const none = new Set<string>();

describe('where my question stands', () => {
  it('is "sending" while its command waits in the outbox, "failed" once refused', () => {
    expect(stateOf(asked, emptyState, new Set(['cmd-1'])).state).toBe('sending');
    expect(stateOf({ ...asked, error: 'rate_limited' }, emptyState, new Set(['cmd-1'])).state).toBe('failed');
  });

  it('is "submitted" while a moderator has not published it, and "hidden" once a published question is gone', () => {
    expect(stateOf(asked, emptyState, none).state).toBe('submitted');
    expect(stateOf({ ...asked, seenPublished: true }, emptyState, none).state).toBe('hidden');
  });

  it('is "hidden" once the server says a moderator hid it before it was published, at a stand too (issue 16)', () => {
    const atStand = { ...asked, target: { kind: 'stand' as const, id: 'digitale-doerfer' } };
    expect(stateOf(atStand, emptyState, none, Date.parse('2026-11-24T18:00:00.000Z')).state).toBe('submitted');
    expect(stateOf({ ...atStand, withheld: true }, emptyState, none).state).toBe('hidden');
    // Approved after all: published wins.
    expect(stateOf({ ...atStand, withheld: true }, withQuestions(question(mineId)), none).state).toBe('published');
  });

  it('is "published", then "answered", with the live question', () => {
    expect(stateOf(asked, withQuestions(question(mineId)), none)).toMatchObject({ state: 'published', live: { id: mineId } });
    expect(stateOf(asked, withQuestions(question(mineId, { answered: true })), none).state).toBe('answered');
  });

  it('follows a merge to the question it went into, whose answer is the asker’s answer', () => {
    const merged = question(mineId, { mergedInto: otherId });
    expect(stateOf(asked, withQuestions(merged, question(otherId)), none)).toMatchObject({ state: 'merged', live: { id: otherId } });
    const answered = withQuestions(merged, question(otherId, { answered: true }));
    expect(stateOf(asked, answered, none)).toMatchObject({ state: 'answered', live: { id: otherId } });
  });

  it('records a question as seen published only once it is published', () => {
    const mine = [asked, { id: otherId, commandId: 'cmd-2', seenPublished: true }];
    expect(newlyPublished(mine, withQuestions(question(mineId, { status: 'pending' })))).toEqual(new Set());
    expect(newlyPublished(mine, withQuestions(question(mineId), question(otherId)))).toEqual(new Set([mineId]));
  });
});

describe('my votes across a merge', () => {
  it('carry over to the question a voted duplicate went into, once', () => {
    const thirdId = '00000000-0000-4000-8000-000000000003';
    const state = withQuestions(question(mineId, { mergedInto: otherId }), question(otherId), question(thirdId));
    expect(votesCarriedByMerge(new Set([mineId, thirdId]), state)).toEqual([otherId]);
    expect(votesCarriedByMerge(new Set([mineId, otherId]), state)).toEqual([]);
    expect(votesCarriedByMerge(new Set([thirdId]), state)).toEqual([]);
  });
});

describe('a waiting question once its session is over (issue 16)', () => {
  it('stops saying "wartet auf Freigabe" when the session has ended or was cancelled', () => {
    const state = applyChange(emptyState, {
      seq: 1, at: '2026-05-14T06:00:00.000Z', type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14'),
    });
    const session = state.sessions['westpfalz-wiki'];
    if (!session) throw new Error('no demo session');
    const during = Date.parse(session.startsAt) + 60_000;
    const waiting = { id: 'q-late', commandId: 'cmd-late', target: { kind: 'session' as const, id: session.id }, askedAt: during };
    const justAfter = Date.parse(session.endsAt) + 60_000;
    const later = Date.parse(session.endsAt) + 20 * 60_000;
    expect(stateOf(waiting, state, new Set(), during).state).toBe('submitted');
    expect(stateOf(waiting, state, new Set(), justAfter).state).toBe('submitted');
    expect(stateOf(waiting, state, new Set(), later).state).toBe('unpublished');
    // Asked after the end, a moderator may still approve it.
    expect(stateOf({ ...waiting, askedAt: justAfter }, state, new Set(), later).state).toBe('submitted');
    const cancelled = applyChange(state, { seq: 2, at: '2026-05-14T07:00:00.000Z', type: 'session:cancelled', audience: 'public', data: { sessionId: session.id } });
    expect(stateOf(waiting, cancelled, new Set(), during).state).toBe('unpublished');
    // Without a clock (or at a stand) it keeps waiting, as before.
    expect(stateOf(waiting, state, new Set()).state).toBe('submitted');
  });
});
