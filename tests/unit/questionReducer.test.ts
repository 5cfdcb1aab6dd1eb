import { describe, expect, it } from 'vitest';
import type { Change, ChangeDataMap, ChangeType } from '../../shared/changes.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { mergedAwayText, type Question } from '../../shared/questions.js';
import { applyChanges } from '../../shared/reducer.js';

const at = '2026-05-14T08:00:00.000Z';
let seq = 0;
const change = <K extends ChangeType>(type: K, data: ChangeDataMap[K]): Change =>
  ({ seq: ++seq, at, type, audience: 'public', data }) as Change;
const question = (id: string, votes = 0): Question => ({
  id,
  target: { kind: 'session', id: 'eroeffnung' },
  text: `Frage ${id}`,
  askedAt: at,
  status: 'published',
  pinned: false,
  answered: false,
  votes,
});
const q1 = '11111111-1111-4111-8111-111111111111';
const q2 = '22222222-2222-4222-8222-222222222222';
const withQuestions = applyChanges(emptyState, [change('question:asked', { question: question(q1) }), change('question:asked', { question: question(q2, 3) })]);
const apply = (state: PublicState, ...changes: Change[]) => applyChanges(state, changes);

describe('question changes on a device', () => {
  it('takes a withdrawn question off the device, text and all, and ignores one it never had', () => {
    const after = apply(withQuestions, change('question:withdrawn', { questionId: q1 }));
    expect(Object.keys(after.questions)).toEqual([q2]);
    expect(JSON.stringify(after)).not.toContain('Frage 1111');
    expect(apply(after, change('question:withdrawn', { questionId: q1 }))).toBe(after);
  });

  it('updates only the counts that changed, of questions the device has', () => {
    const after = apply(withQuestions, change('question:votes-counted', { votes: { [q1]: 5, [q2]: 3, unknown: 9 } }));
    expect(after.questions[q1]?.votes).toBe(5);
    expect(after.questions[q2]).toBe(withQuestions.questions[q2]);
    expect(after.questions.unknown).toBeUndefined();
    expect(apply(withQuestions, change('question:votes-counted', { votes: { [q2]: 3, unknown: 1 } }))).toBe(withQuestions);
  });

  it('puts one question per session on stage, and takes it off again', () => {
    const staged = apply(withQuestions, change('question:staged', { sessionId: 'eroeffnung', questionId: q1 }), change('question:staged', { sessionId: 'ausblick', questionId: q2 }));
    expect(staged.stage).toEqual({ eroeffnung: q1, ausblick: q2 });
    const replaced = apply(staged, change('question:staged', { sessionId: 'eroeffnung', questionId: q2 }));
    expect(replaced.stage).toEqual({ eroeffnung: q2, ausblick: q2 });
    expect(apply(replaced, change('question:staged', { sessionId: 'eroeffnung', questionId: null })).stage).toEqual({ ausblick: q2 });
  });

  it("keeps each stand's latest status, and moderation modes per session or for the whole day", () => {
    const status = (text: string) => ({ text, availability: 'busy' as const, at });
    const after = apply(
      withQuestions,
      change('stand:status-set', { standId: 'a', status: status('Demo') }),
      change('stand:status-set', { standId: 'b', status: status('Pause') }),
      change('stand:status-set', { standId: 'a', status: status('Gleich zurück') }),
      change('moderation:mode-set', { sessionId: 'eroeffnung', mode: 'pre' }),
      change('moderation:mode-set', { sessionId: null, mode: 'pre' }),
    );
    expect(after.standStatus).toEqual({ a: status('Gleich zurück'), b: status('Pause') });
    expect(after.moderation.sessions).toEqual({ ...withQuestions.moderation.sessions, eroeffnung: 'pre' });
    expect(after.moderation.mode).toBe('pre');
  });
});

describe('a merged-away question on a device', () => {
  const pointer: Question = { ...question(q2), text: mergedAwayText, mergedInto: q1 };
  const merged = apply(withQuestions, change('question:merged', { question: pointer, into: question(q1) }));

  it('keeps the words it was merged with when a later change carries the whole question (a log from before the server refused that)', () => {
    const leaked: Question = { ...question(q2), text: 'Fragt Erika, 0631 7654321', authorName: 'Erika Mustermann', mergedInto: q1, pinned: true };
    const { mergedInto: _pointer, ...unmerged } = leaked;
    const after = apply(merged, change('question:pinned', { question: leaked }), change('question:answered', { question: unmerged }));
    expect(after.questions[q2]).toMatchObject({ text: mergedAwayText, mergedInto: q1 });
    expect(JSON.stringify(after)).not.toContain('7654321');
    expect(JSON.stringify(after)).not.toContain('Mustermann');
  });
});
