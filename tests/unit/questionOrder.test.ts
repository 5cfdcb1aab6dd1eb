import { describe, expect, it } from 'vitest';
import { mostVotedFirst, newestAnswerFirst, pinnedThenMostVoted, visibleQuestions, type Question } from '../../shared/questions.js';

let counter = 0;
const question = (fields: Partial<Question>): Question => ({
  id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  target: { kind: 'stand', id: 'stand-a' },
  text: 'Frage',
  askedAt: '2026-05-14T08:00:00.000Z',
  status: 'published',
  pinned: false,
  answered: false,
  votes: 0,
  ...fields,
});
const texts = (questions: Question[]) => questions.map((q) => q.text);

describe('most voted first (a stand’s FAQ, a host’s open questions)', () => {
  it('puts more votes first and, on a tie, the question asked earlier', () => {
    const list = [
      question({ text: 'late', votes: 2, askedAt: '2026-05-14T09:00:00.000Z' }),
      question({ text: 'few', votes: 1, askedAt: '2026-05-14T07:00:00.000Z' }),
      question({ text: 'early', votes: 2, askedAt: '2026-05-14T08:00:00.000Z' }),
    ];
    expect(texts(list.sort(mostVotedFirst))).toEqual(['early', 'late', 'few']);
  });

  it('compares asking times by the moment, not the text (an old copy written with an offset)', () => {
    // 09:00+02:00 is 07:00 UTC: asked before 08:00 UTC, though it sorts after it as text.
    const offset = question({ text: 'offset', askedAt: '2026-05-14T09:00:00+02:00' });
    const utc = question({ text: 'utc', askedAt: '2026-05-14T08:00:00.000Z' });
    expect(texts([utc, offset].sort(mostVotedFirst))).toEqual(['offset', 'utc']);
  });

  it('ignores pins: a stand’s FAQ and a host’s list rank by what visitors asked for', () => {
    const list = [question({ text: 'pinned', pinned: true }), question({ text: 'voted', votes: 1 })];
    expect(texts(list.sort(mostVotedFirst))).toEqual(['voted', 'pinned']);
  });
});

describe('pinned, then most voted (what attendees and the big screen see)', () => {
  it('puts a pinned question on top of more votes, and ranks the rest by votes', () => {
    const list = [
      question({ text: 'voted', votes: 5 }),
      question({ text: 'pinned', votes: 0, pinned: true }),
      question({ text: 'quiet', votes: 1 }),
    ];
    expect(texts(list.sort(pinnedThenMostVoted))).toEqual(['pinned', 'voted', 'quiet']);
  });

  it('is the order of visibleQuestions, which leaves out what attendees do not see', () => {
    const list = [
      question({ text: 'voted', votes: 5 }),
      question({ text: 'hidden', votes: 9, status: 'hidden' }),
      question({ text: 'pinned', pinned: true }),
      question({ text: 'other stand', votes: 9, target: { kind: 'stand', id: 'stand-b' } }),
    ];
    const byId = Object.fromEntries(list.map((q) => [q.id, q]));
    expect(texts(visibleQuestions(byId, { kind: 'stand', id: 'stand-a' }))).toEqual(['pinned', 'voted']);
  });
});

describe('newest answer first (a host’s answered questions)', () => {
  const answer = (at: string) => ({ text: 'Antwort', by: 'host' as const, at });

  it('puts the latest answer on top, whenever the question was asked', () => {
    const list = [
      question({ text: 'answered first', askedAt: '2026-05-14T07:00:00.000Z', answered: true, answer: answer('2026-05-14T08:00:00.000Z') }),
      question({ text: 'answered last', askedAt: '2026-05-14T06:00:00.000Z', answered: true, answer: answer('2026-05-14T09:00:00.000Z') }),
    ];
    expect(texts(list.sort(newestAnswerFirst))).toEqual(['answered last', 'answered first']);
  });

  it('counts a question marked answered without a written answer from when it was asked', () => {
    const list = [
      question({ text: 'written', answered: true, answer: answer('2026-05-14T08:30:00.000Z') }),
      question({ text: 'marked', answered: true, askedAt: '2026-05-14T08:45:00.000Z' }),
    ];
    expect(texts(list.sort(newestAnswerFirst))).toEqual(['marked', 'written']);
  });
});
