import type { ChangeDataMap } from './changes.js';
import type { PublicState } from './publicState.js';
import type { Poll } from './polls.js';
import type { PollsState } from './pollsState.js';
import { own, put, writable } from './records.js';

type PollChange = Extract<keyof ChangeDataMap, `poll:${string}` | `feedback:${string}`>;
type Handlers = { [K in PollChange]: (state: PublicState, data: ChangeDataMap[K]) => PublicState };

const withPolls = (state: PublicState, polls: Partial<PollsState>): PublicState => ({ ...state, polls: { ...state.polls, ...polls } });

function putPoll(state: PublicState, poll: Poll): PublicState {
  const polls = writable(state.polls.polls);
  put(polls, poll.id, poll);
  return withPolls(state, { polls });
}

function without<T>(record: Readonly<Record<string, T>>, id: string): Readonly<Record<string, T>> {
  if (!Object.hasOwn(record, id)) return record;
  const { [id]: _gone, ...rest } = record;
  return rest;
}

const withPoll = (state: PublicState, data: { poll: Poll }) => putPoll(state, data.poll);

/** Poll and feedback changes; each audience receives only what it may see (server/polls/pollAudience.ts). */
export const pollHandlers: Handlers = {
  'poll:saved': withPoll,
  'poll:opened': withPoll,
  'poll:closed': withPoll,
  'poll:revealed': (state, { poll, results }) => {
    const next = putPoll(state, poll);
    const all = writable(next.polls.results);
    put(all, poll.id, results);
    return withPolls(next, { results: all });
  },
  'poll:deleted': (state, { pollId }) =>
    own(state.polls.polls, pollId)
      ? withPolls(state, {
          polls: without(state.polls.polls, pollId),
          results: without(state.polls.results, pollId),
          hiddenWords: without(state.polls.hiddenWords, pollId),
        })
      : state,
  'poll:vote-cast': (state) => state,
  'poll:results-counted': (state, { results }) => {
    const known = Object.entries(results).filter(([id]) => own(state.polls.polls, id));
    if (known.length === 0) return state;
    const all = writable(state.polls.results);
    for (const [id, counted] of known) put(all, id, counted);
    return withPolls(state, { results: all });
  },
  'poll:word-hidden': (state, { pollId, key }) => {
    const hidden = own(state.polls.hiddenWords, pollId) ?? [];
    if (!own(state.polls.polls, pollId) || hidden.includes(key)) return state;
    const all = writable(state.polls.hiddenWords);
    put(all, pollId, [...hidden, key]);
    return withPolls(state, { hiddenWords: all });
  },
  'feedback:opened': (state, { sessionId }) => {
    if (own(state.polls.feedbackOpen, sessionId)) return state;
    const open = writable(state.polls.feedbackOpen);
    put(open, sessionId, true);
    return withPolls(state, { feedbackOpen: open });
  },
  'feedback:given': (state) => state,
  'feedback:counted': (state, { sessionId, summary }) => {
    const all = writable(state.polls.feedback);
    put(all, sessionId, summary);
    return withPolls(state, { feedback: all });
  },
};
