import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes.js';
import { erasureDue, erasureDueAt } from '../../shared/privacy.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChange } from '../../shared/reducer.js';
import { erasedDeviceId, newErasureRun } from '../../server/kernel/personalData.js';
import { erasingDeviceComments } from '../../server/polls/pollPersonalData.js';

const at = '2026-05-14T12:00:00.000Z';
const change = (seq: number, c: Omit<Change, 'seq' | 'at'>): Change => ({ ...c, seq, at }) as Change;

describe('when personal data is due for erasure', () => {
  const event = { endsAt: '2026-05-14T16:00:00+02:00' };
  it('is the end of the event plus the period: 30 days when the organizer set none', () => {
    expect(new Date(erasureDueAt(event)).toISOString()).toBe('2026-06-13T14:00:00.000Z');
    expect(new Date(erasureDueAt({ ...event, retentionDays: 0 })).toISOString()).toBe('2026-05-14T14:00:00.000Z');
    expect(erasureDue(event, Date.parse('2026-06-13T13:59:59Z'))).toBe(false);
    expect(erasureDue(event, Date.parse('2026-06-13T14:00:00Z'))).toBe(true);
    expect(erasureDue(null, Date.parse('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('pseudonyms of one erasure run', () => {
  it('are the same for one device id within a run, differ between runs, and leave a pseudonym as it is', () => {
    const [one, two] = [newErasureRun(), newErasureRun()];
    const id = 'd1.abc.def';
    expect(one.pseudonym(id)).toBe(one.pseudonym(id));
    expect(one.pseudonym(id)).not.toBe(two.pseudonym(id));
    expect(one.pseudonym(id)).not.toContain('abc');
    expect(erasedDeviceId(one.pseudonym(id), two)).toBeNull();
  });
});

describe('the changes of an erasure, applied on a phone', () => {
  const question = { id: '0b7e1d3a-6f2c-4e8a-9b1d-2c3e4f5a6b7c', target: { kind: 'session' as const, id: 's' }, text: 'Wer zahlt?', authorName: 'Anna', askedAt: at, status: 'published' as const, pinned: false, answered: true, answer: { text: 'Das Land.', by: 'host' as const, at }, votes: 3 };
  const summary = { count: 2, distribution: [0, 0, 0, 1, 1], average: 4.5, comments: [{ stars: 5, text: 'Toll, Anna hier', at }] };
  const before: PublicState = {
    ...emptyState,
    questions: { [question.id]: question },
    polls: { ...emptyState.polls, feedback: { s: summary } },
    barrierReports: [{ id: 'r', text: 'Karte', email: 'a@example.org', page: '/map', reportedAt: at }],
  };

  it('on time: every name, comment and report goes; questions, answers, votes and stars stay', () => {
    const after = applyChange(before, change(9, { type: 'personal-data:erased', audience: 'public', data: {} }));
    expect(after.questions[question.id]).toMatchObject({ text: 'Wer zahlt?', votes: 3, answer: question.answer });
    expect(after.questions[question.id]?.authorName).toBeUndefined();
    expect(after.polls.feedback.s).toEqual({ ...summary, comments: [] });
    expect(after.barrierReports).toEqual([]);
  });

  it('by its asker: the question reads as erased, its answer and votes stay', () => {
    const after = applyChange(before, change(9, { type: 'question:erased', audience: 'public', data: { questionId: question.id } }));
    expect(after.questions[question.id]).toMatchObject({ text: '—', erased: true, answer: question.answer, votes: 3 });
    expect(after.questions[question.id]?.authorName).toBeUndefined();
  });
});

describe("erasing one device's comments from the stored log", () => {
  it("takes its comment out of its rating and out of the summaries staff got, and leaves others' alone", () => {
    const rewrite = erasingDeviceComments('s', 'dev-a');
    const mine = change(1, { type: 'feedback:given', audience: 'internal', data: { sessionId: 's', deviceId: 'dev-a', stars: 2, comment: 'Meins', at } });
    const theirs = change(2, { type: 'feedback:given', audience: 'internal', data: { sessionId: 's', deviceId: 'dev-b', stars: 5, comment: 'Seins', at } });
    const counted = change(3, {
      type: 'feedback:counted',
      audience: 'staff',
      data: { sessionId: 's', summary: { count: 2, distribution: [0, 1, 0, 0, 1], average: 3.5, comments: [{ stars: 5, text: 'Seins', at }, { stars: 2, text: 'Meins', at }] } },
    });
    expect(rewrite(mine)).toEqual({ sessionId: 's', deviceId: 'dev-a', stars: 2, at });
    expect(rewrite(theirs)).toBeNull();
    expect(rewrite(counted)).toMatchObject({ summary: { count: 2, comments: [{ stars: 5, text: 'Seins', at }] } });
  });
});
