import { describe, expect, it } from 'vitest';
import { accept } from '../../server/kernel/handler.js';
import { audienceOf, conflict, decideOnQuestion, decideOnUnmergedQuestion, hidingChanges, privateAudience } from '../../server/questions/questionRules.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import type { Question } from '../../shared/questions.js';

const id = '5f0c9a52-3b7e-4c1e-9d2a-000000000001';
// A stand and a session may share an id (the demo's "digitale-doerfer" is both): what decides is the kind.
const sessionQuestion: Question = { id, target: { kind: 'session', id: 'digitale-doerfer' }, text: 'Was hat das gekostet?', askedAt: '2026-05-14T09:00:00.000Z', status: 'pending', pinned: false, answered: false, votes: 0 };
const standQuestion: Question = { ...sessionQuestion, target: { kind: 'stand', id: 'digitale-doerfer' } };
const stateWith = (question: Question): PublicState => ({ ...emptyState, questions: { [question.id]: question } });

describe('question rules', () => {
  it('keeps a session’s unpublished question with staff and a stand’s with that stand’s hosts, whatever their ids', () => {
    expect(privateAudience(sessionQuestion.target)).toBe('staff');
    expect(privateAudience(standQuestion.target)).toBe('stand:digitale-doerfer');
    expect(audienceOf(sessionQuestion)).toBe('staff');
    expect(audienceOf({ ...standQuestion, status: 'hidden' })).toBe('stand:digitale-doerfer');
    expect(audienceOf({ ...standQuestion, status: 'published' })).toBe('public');
  });

  it('answers a command on an unknown question with not_found naming the field, and lets a host act on their stand only', () => {
    const decide = () => accept();
    expect(decideOnQuestion(emptyState, id, { role: 'moderator' }, decide)).toEqual({ error: expect.objectContaining({ code: 'not_found', issues: [{ path: 'questionId', message: 'no such question' }] }) });
    expect(decideOnQuestion(stateWith(standQuestion), id, { role: 'host', standId: 'digitale-doerfer' }, decide)).toEqual({ changes: [] });
    expect(decideOnQuestion(stateWith(sessionQuestion), id, { role: 'host', standId: 'digitale-doerfer' }, decide)).toEqual({ error: expect.objectContaining({ code: 'forbidden' }) });
  });

  it('refuses a merged-away question with a conflict on the question’s field', () => {
    const merged = { ...standQuestion, mergedInto: '5f0c9a52-3b7e-4c1e-9d2a-000000000002' };
    expect(decideOnUnmergedQuestion(stateWith(merged), id, { role: 'moderator' }, () => accept())).toEqual({ error: expect.objectContaining({ code: 'conflict', issues: [{ path: 'questionId', message: 'merged into another question: act on that one' }] }) });
    expect(conflict('answered already')).toEqual({ error: expect.objectContaining({ issues: [{ path: 'questionId', message: 'answered already' }] }) });
  });

  it('hides a pinned public question: attendees lose it first, then staff get a copy that is hidden and no longer pinned', () => {
    const published: Question = { ...sessionQuestion, status: 'published', pinned: true };
    expect(hidingChanges(published)).toEqual([
      { type: 'question:withdrawn', audience: 'public', data: { questionId: id } },
      { type: 'question:hidden', audience: 'staff', data: { question: { ...published, status: 'hidden', pinned: false } } },
    ]);
    expect(hidingChanges(standQuestion)).toEqual([{ type: 'question:hidden', audience: 'stand:digitale-doerfer', data: { question: { ...standQuestion, status: 'hidden', pinned: false } } }]);
  });
});
