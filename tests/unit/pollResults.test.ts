import { describe, expect, it } from 'vitest';
import type { Poll, PollAnswer } from '../../shared/polls.js';
import { answerFits, computeResults, summarizeFeedback } from '../../shared/pollResults.js';
import { mergeWords, wordKey } from '../../shared/pollWords.js';
import { csvCell, toCsv } from '../../shared/csv.js';

const base: Poll = {
  id: '00000000-0000-4000-8000-000000000001',
  sessionId: null,
  kind: 'single',
  question: 'Frage',
  options: ['A', 'B', 'C'],
  status: 'open',
  revealed: false,
  createdAt: '2026-05-14T08:00:00.000Z',
};
const choice = (...options: number[]): PollAnswer => ({ kind: 'choice', options });
const rating = (value: number): PollAnswer => ({ kind: 'rating', value });

describe('poll results', () => {
  it('counts single choices per option', () => {
    expect(computeResults(base, [choice(0), choice(2), choice(0)])).toEqual({ voters: 3, counts: [2, 0, 1], average: null, words: [] });
  });

  it('multiple choice counts every pick and refuses more than the maximum', () => {
    const poll: Poll = { ...base, kind: 'multiple', maxChoices: 2 };
    expect(answerFits(poll, choice(0, 1))).toBe(true);
    expect(answerFits(poll, choice(0, 1, 2))).toBe(false);
    expect(answerFits(poll, choice(1, 1))).toBe(false);
    expect(answerFits(base, choice(0, 1))).toBe(false);
    expect(answerFits(poll, choice(3))).toBe(false);
    expect(computeResults(poll, [choice(0, 1), choice(1), choice(0, 1, 2)])).toMatchObject({ voters: 2, counts: [1, 2, 0] });
  });

  it('a rating gives the distribution and the average', () => {
    const poll: Poll = { ...base, kind: 'rating', options: [], scale: 5 };
    const results = computeResults(poll, [rating(5), rating(4), rating(4), rating(2)]);
    expect(results).toEqual({ voters: 4, counts: [0, 1, 0, 2, 1], average: 3.75, words: [] });
    expect(answerFits(poll, rating(6))).toBe(false);
    expect(computeResults(poll, []).average).toBeNull();
    expect(computeResults({ ...poll, scale: 10 }, [rating(10), rating(7)])).toMatchObject({ counts: [0, 0, 0, 0, 0, 0, 1, 0, 0, 1], average: 8.5 });
  });

  it('merges case and spelling variants of a word, shown in the most typed (else first) spelling', () => {
    const cloud = mergeWords(['Bürgerbüro', 'buergerbuero', 'BÜRGERBÜRO', 'E-Akte', 'eakte', 'E Akte', 'Digitalisierung', 'Digitalisirung', 'Amt', 'Akt']);
    expect(cloud).toEqual([
      { key: 'burgerburo', word: 'Bürgerbüro', count: 3 },
      { key: 'eakte', word: 'E-Akte', count: 3 },
      { key: 'digitalisierung', word: 'Digitalisierung', count: 2 },
      { key: 'akt', word: 'Akt', count: 1 },
      { key: 'amt', word: 'Amt', count: 1 },
    ]);
    expect(wordKey('Straße')).toBe(wordKey('strasse'));
  });

  it('a word cloud counts each device’s words and leaves hidden words out', () => {
    const poll: Poll = { ...base, kind: 'words', options: [] };
    const answers: PollAnswer[] = [
      { kind: 'words', words: ['Open Data', 'KI'] },
      { kind: 'words', words: ['open-data', 'Spam'] },
    ];
    const results = computeResults(poll, answers, new Set([wordKey('spam')]));
    expect(results.voters).toBe(2);
    expect(results.words).toEqual([
      { key: 'opendata', word: 'Open Data', count: 2 },
      { key: 'ki', word: 'KI', count: 1 },
    ]);
  });

  it('summarizes feedback: stars, average, comments newest first', () => {
    const summary = summarizeFeedback([
      { stars: 5, comment: 'Sehr gut', at: '2026-05-14T10:00:00Z' },
      { stars: 3, at: '2026-05-14T10:01:00Z' },
      { stars: 4, comment: 'Zu kurz', at: '2026-05-14T10:02:00Z' },
    ]);
    expect(summary).toEqual({
      count: 3,
      distribution: [0, 0, 1, 1, 1],
      average: 4,
      comments: [
        { stars: 4, text: 'Zu kurz', at: '2026-05-14T10:02:00Z' },
        { stars: 5, text: 'Sehr gut', at: '2026-05-14T10:00:00Z' },
      ],
    });
  });
});

describe('CSV export cells', () => {
  it.each(['=HYPERLINK("http://x")', '+49 631', '-1+2', '@SUM(A1)', '\tTab'])('escapes %j against formula injection', (text) => {
    const cell = csvCell(text);
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('quotes separators, quotes and line breaks, and leaves plain text and numbers alone', () => {
    expect(csvCell('Sie sagte "ja"')).toBe('"Sie sagte ""ja"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvCell('Gut')).toBe('Gut');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(toCsv([['a', '=1'], ['b', 2]])).toBe("\uFEFFa,'=1\r\nb,2\r\n");
  });
});
