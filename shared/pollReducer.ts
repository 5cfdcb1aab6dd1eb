import type { ChangeDataMap } from './changes.js';
import type { PublicState } from './publicState.js';
import type { Poll } from './polls.js';
import type { PollsState } from './pollsState.js';
import { own, put, without, type RecordWrites } from './records.js';

/** "Meine Daten"'s `feedback:comment-erased` is in privacyReducer.ts. */
type PollChange = Exclude<Extract<keyof ChangeDataMap, `poll:${string}` | `feedback:${string}`>, 'feedback:comment-erased'>;
type Reducers = { [K in PollChange]: (state: PublicState, data: ChangeDataMap[K], seq: number, writes: RecordWrites) => PublicState };

const withPolls = (state: PublicState, polls: Partial<PollsState>): PublicState => ({ ...state, polls: { ...state.polls, ...polls } });

function putPoll(state: PublicState, writes: RecordWrites, poll: Poll): PublicState {
  const polls = writes.writable(state.polls.polls);
  put(polls, poll.id, poll);
  return withPolls(state, { polls });
}

const upsertPoll = (state: PublicState, data: { poll: Poll }, _seq: number, writes: RecordWrites) => putPoll(state, writes, data.poll);

/** Poll and feedback changes; each audience receives only what it may see (server/polls/pollAudience.ts). */
export const pollReducers: Reducers = {
  'poll:saved': upsertPoll,
  'poll:opened': upsertPoll,
  'poll:closed': upsertPoll,
  'poll:revealed': (state, { poll, results }, _seq, writes) => {
    const next = putPoll(state, writes, poll);
    const all = writes.writable(next.polls.results);
    put(all, poll.id, results);
    return withPolls(next, { results: all });
  },
  'poll:deleted': (state, { pollId }, _seq, writes) =>
    own(state.polls.polls, pollId)
      ? withPolls(state, {
          polls: without(writes, state.polls.polls, pollId),
          results: without(writes, state.polls.results, pollId),
          hiddenWords: without(writes, state.polls.hiddenWords, pollId),
        })
      : state,
  'poll:vote-cast': (state) => state,
  'poll:results-counted': (state, { results }, _seq, writes) => {
    const known = Object.entries(results).filter(([id]) => own(state.polls.polls, id));
    if (known.length === 0) return state;
    const all = writes.writable(state.polls.results);
    for (const [id, counted] of known) put(all, id, counted);
    return withPolls(state, { results: all });
  },
  'poll:word-hidden': (state, { pollId, key }, _seq, writes) => {
    const hidden = own(state.polls.hiddenWords, pollId) ?? [];
    if (!own(state.polls.polls, pollId) || hidden.includes(key)) return state;
    const all = writes.writable(state.polls.hiddenWords);
    put(all, pollId, [...hidden, key]);
    return withPolls(state, { hiddenWords: all });
  },
  'feedback:opened': (state, { sessionId }, _seq, writes) => {
    if (own(state.polls.feedbackOpen, sessionId)) return state;
    const open = writes.writable(state.polls.feedbackOpen);
    put(open, sessionId, true);
    return withPolls(state, { feedbackOpen: open });
  },
  'feedback:given': (state) => state,
  'feedback:counted': (state, { sessionId, summary }, _seq, writes) => {
    const all = writes.writable(state.polls.feedback);
    put(all, sessionId, summary);
    return withPolls(state, { feedback: all });
  },
};
