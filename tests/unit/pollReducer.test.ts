import { describe, expect, it } from 'vitest';
import type { Change, ChangeDraft } from '../../shared/changes.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import type { Poll, PollResults } from '../../shared/polls.js';
import { applyChange, applyChanges } from '../../shared/reducer.js';

let seq = 0;
const commit = (draft: ChangeDraft): Change => ({ ...draft, seq: ++seq, at: '2026-05-14T08:00:00.000Z' });
const poll = (over: Partial<Poll> = {}): Poll => ({
  id: '00000000-0000-4000-8000-000000000001',
  sessionId: 'digitale-doerfer',
  kind: 'single',
  question: 'Nutzen Sie das schon?',
  options: ['Ja', 'Nein'],
  status: 'draft',
  revealed: false,
  createdAt: '2026-05-14T08:00:00.000Z',
  ...over,
});
const results: PollResults = { voters: 3, counts: [2, 1], average: null, words: [] };
const id = poll().id;
const withDraft = () => applyChange(emptyState, commit({ type: 'poll:saved', audience: 'staff', data: { poll: poll() } }));

describe('poll changes in the reducer', () => {
  it('poll:saved adds a draft and replaces it when edited', () => {
    const edited = applyChange(withDraft(), commit({ type: 'poll:saved', audience: 'staff', data: { poll: poll({ question: 'Neu?' }) } }));
    expect(edited.polls.polls[id]?.question).toBe('Neu?');
    expect(Object.keys(edited.polls.polls)).toEqual([id]);
  });

  it('poll:opened and poll:closed carry the whole poll, so a device that never saw the draft shows it', () => {
    const opened = applyChange(emptyState, commit({ type: 'poll:opened', audience: 'public', data: { poll: poll({ status: 'open' }) } }));
    expect(opened.polls.polls[id]).toMatchObject({ status: 'open', question: 'Nutzen Sie das schon?' });
    const closed = applyChange(opened, commit({ type: 'poll:closed', audience: 'public', data: { poll: poll({ status: 'closed' }) } }));
    expect(closed.polls.polls[id]?.status).toBe('closed');
  });

  it('poll:revealed sets the flag and the results together', () => {
    const state = applyChange(withDraft(), commit({ type: 'poll:revealed', audience: 'public', data: { poll: poll({ status: 'open', revealed: true }), results } }));
    expect(state.polls.polls[id]?.revealed).toBe(true);
    expect(state.polls.results[id]).toEqual(results);
  });

  it('poll:results-counted updates known polls only', () => {
    const state = applyChange(withDraft(), commit({ type: 'poll:results-counted', audience: 'staff', data: { results: { [id]: results, other: results } } }));
    expect(state.polls.results).toEqual({ [id]: results });
    const unknown = emptyState;
    expect(applyChange(unknown, commit({ type: 'poll:results-counted', audience: 'public', data: { results: { other: results } } }))).toBe(unknown);
  });

  it('poll:word-hidden records the key once', () => {
    const once = applyChange(withDraft(), commit({ type: 'poll:word-hidden', audience: 'staff', data: { pollId: id, key: 'spam' } }));
    const twice = applyChange(once, commit({ type: 'poll:word-hidden', audience: 'staff', data: { pollId: id, key: 'spam' } }));
    expect(twice.polls.hiddenWords[id]).toEqual(['spam']);
    expect(twice).toBe(once);
  });

  it('poll:deleted removes the poll, its results and hidden words', () => {
    const before = applyChanges(withDraft(), [
      commit({ type: 'poll:results-counted', audience: 'staff', data: { results: { [id]: results } } }),
      commit({ type: 'poll:word-hidden', audience: 'staff', data: { pollId: id, key: 'x' } }),
    ]);
    const after = applyChange(before, commit({ type: 'poll:deleted', audience: 'staff', data: { pollId: id } }));
    expect(after.polls).toEqual(emptyState.polls);
  });

  it('internal answers change nothing a device holds', () => {
    const state: PublicState = withDraft();
    expect(applyChange(state, commit({ type: 'poll:vote-cast', audience: 'internal', data: { pollId: id, deviceId: 'd', answer: { kind: 'choice', options: [0] } } }))).toBe(state);
    expect(applyChange(state, commit({ type: 'feedback:given', audience: 'internal', data: { sessionId: 's', deviceId: 'd', stars: 5, at: '2026-05-14T08:00:00.000Z' } }))).toBe(state);
  });

  it('feedback:opened and feedback:counted keep a session’s feedback state', () => {
    const summary = { count: 1, distribution: [0, 0, 0, 0, 1], average: 5, comments: [{ stars: 5, text: 'Top', at: '2026-05-14T08:00:00.000Z' }] };
    const state = applyChanges(emptyState, [
      commit({ type: 'feedback:opened', audience: 'public', data: { sessionId: 's' } }),
      commit({ type: 'feedback:counted', audience: 'staff', data: { sessionId: 's', summary } }),
    ]);
    expect(state.polls.feedbackOpen).toEqual({ s: true });
    expect(state.polls.feedback['s']).toEqual(summary);
  });

  it('shares the untouched parts of the state', () => {
    const before = withDraft();
    const after = applyChange(before, commit({ type: 'feedback:opened', audience: 'public', data: { sessionId: 's' } }));
    expect(after.polls.polls).toBe(before.polls.polls);
    expect(after.sessions).toBe(before.sessions);
  });
});
