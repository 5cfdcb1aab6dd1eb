import { describe, expect, it } from 'vitest';
import type { ChangeDataMap, ChangeType } from '../../shared/changes.js';
import type { Poll } from '../../shared/polls.js';
import { collectPollExport, exportHeader, exportRows } from '../../server/polls/pollExport.js';
import { createPollIndex } from '../../server/polls/pollIndex.js';
import { changeAt, committer, demoWithStands } from '../support/demoState.js';

const at = '2026-05-14T09:00:00.000Z';
const change = <K extends ChangeType>(type: K, data: ChangeDataMap[K]) => changeAt(1, type, 'internal', data);
const poll = (id: string, changes: Partial<Poll>): Poll => ({ id, sessionId: 'eroeffnung', kind: 'single', question: 'Frage', options: [], status: 'closed', revealed: false, createdAt: at, ...changes });

/** The organizer's download after the day: every poll, hidden or revealed, and every session's feedback. */
describe('the polls export', () => {
  const demo = demoWithStands(committer());
  const polls = [
    poll('p-words', { kind: 'words', question: 'Ein Wort?', createdAt: '2026-05-14T10:00:00.000Z', sessionId: null }),
    poll('p-single', { question: 'LoRaWAN?', options: ['Ja', 'Nein'], createdAt: '2026-05-14T08:00:00.000Z' }),
    poll('p-rating', { kind: 'rating', scale: 5, question: 'Wie nützlich?', createdAt: '2026-05-14T09:00:00.000Z', sessionId: 'gibt-es-nicht-mehr' }),
  ];
  const state = { ...demo, polls: { ...demo.polls, polls: Object.fromEntries(polls.map((p) => [p.id, p])), hiddenWords: { 'p-words': ['funkloch'] } } };
  const index = createPollIndex();
  const vote = (pollId: string, deviceId: string, answer: ChangeDataMap['poll:vote-cast']['answer']) => index.project(change('poll:vote-cast', { pollId, deviceId, answer }));
  vote('p-single', 'd-a', { kind: 'choice', options: [1] });
  vote('p-rating', 'd-a', { kind: 'rating', value: 4 });
  vote('p-words', 'd-a', { kind: 'words', words: ['Funkloch', 'Glasfaser'] });
  index.project(change('feedback:given', { sessionId: 'eroeffnung', deviceId: 'd-a', stars: 3, at }));
  index.project(change('feedback:given', { sessionId: 'ausblick', deviceId: 'd-a', stars: 5, comment: 'Danke', at }));

  it('lists polls in the order they were made, named by their session’s title, with hidden words left out', () => {
    const data = collectPollExport(state, index);
    expect(data.polls.map((p) => [p.poll.id, p.sessionTitle])).toEqual([
      ['p-single', demo.sessions.eroeffnung?.title],
      ['p-rating', 'gibt-es-nicht-mehr'],
      ['p-words', null],
    ]);
    expect(data.polls[2]?.results.words.map((w) => w.key)).toEqual(['glasfaser']);
    expect(data.feedback.map((f) => [f.sessionId, f.sessionTitle, f.summary.count])).toEqual([
      ['ausblick', demo.sessions.ausblick?.title, 1],
      ['eroeffnung', demo.sessions.eroeffnung?.title, 1],
    ]);
  });

  it('writes a row per option, rating value, word, star and comment under one header', () => {
    const rows = exportRows(collectPollExport(state, index));
    expect(rows[0]).toEqual(exportHeader);
    const title = demo.sessions.eroeffnung?.title;
    expect(rows).toContainEqual(['poll', title, 'LoRaWAN?', 'single', 'Ja', 0, 1, null]);
    expect(rows).toContainEqual(['poll', title, 'LoRaWAN?', 'single', 'Nein', 1, 1, null]);
    expect(rows.filter((row) => row[2] === 'Wie nützlich?').map((row) => [row[4], row[5]])).toEqual([['1', 0], ['2', 0], ['3', 0], ['4', 1], ['5', 0]]);
    expect(rows.filter((row) => row[2] === 'Ein Wort?')).toEqual([['poll', null, 'Ein Wort?', 'words', 'Glasfaser', 1, 1, null]]);
    const ausblick = demo.sessions.ausblick?.title;
    expect(rows).toContainEqual(['feedback', ausblick, null, 'stars', '5', 1, 1, 5]);
    expect(rows).toContainEqual(['comment', ausblick, null, 'stars', 'Danke', 5, 1, 5]);
    expect(rows.filter((row) => row[0] === 'feedback')).toHaveLength(10);
  });
});
