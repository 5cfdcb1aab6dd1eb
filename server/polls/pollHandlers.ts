import type { ChangeDraft } from '../../shared/changes.js';
import type { Poll, PollSetup } from '../../shared/polls.js';
import { computeResults } from '../../shared/pollResults.js';
import { wordKey } from '../../shared/pollWords.js';
import { own } from '../../shared/records.js';
import { accept, reject, type CommandContext, type CommandHandlers } from '../kernel/handler.js';
import { openRival, pollAudience, pollConflict, sessionMissing, withPoll } from './pollRules.js';
import type { PollIndex } from './pollIndex.js';

type PollCommand = 'poll:create' | 'poll:update' | 'poll:open' | 'poll:close' | 'poll:reveal' | 'poll:delete' | 'poll:hide-word';

/** The setup as stored: fields of other kinds dropped, so a rating never carries options. */
function fromSetup(setup: PollSetup): Omit<Poll, 'id' | 'status' | 'revealed' | 'createdAt'> {
  const { sessionId, kind, question, options } = setup;
  if (kind === 'rating') {
    return { sessionId, kind, question, options: [], scale: setup.scale, ...(setup.lowLabel ? { lowLabel: setup.lowLabel } : {}), ...(setup.highLabel ? { highLabel: setup.highLabel } : {}) };
  }
  if (kind === 'multiple') return { sessionId, kind, question, options, ...(setup.maxChoices ? { maxChoices: setup.maxChoices } : {}) };
  return { sessionId, kind, question, options: kind === 'single' ? options : [] };
}

/** The current results, as the revealing change carries them to attendees. */
function resultsNow(poll: Poll, { state }: CommandContext, polls: PollIndex) {
  return computeResults(poll, polls.answers(poll.id), new Set(own(state.polls.hiddenWords, poll.id) ?? []));
}

/** A revealed poll's results are counted from this event's answers (`polls`). */
export const pollHandlers = (polls: PollIndex): CommandHandlers<PollCommand> => ({
  'poll:create': ({ pollId, setup }, { state, now }) => {
    if (own(state.polls.polls, pollId)) return pollConflict('a poll with this id exists');
    const missing = sessionMissing(state, setup.sessionId);
    if (missing) return missing;
    const poll: Poll = { id: pollId, ...fromSetup(setup), status: 'draft', revealed: false, createdAt: now };
    return accept({ type: 'poll:saved', audience: 'staff', data: { poll } });
  },

  'poll:update': ({ pollId, setup }, { state }) =>
    withPoll(state, pollId, (old) => {
      // Once people voted, other options would change what their votes mean.
      if (old.status !== 'draft') return pollConflict('only a draft can be edited');
      const missing = sessionMissing(state, setup.sessionId);
      if (missing) return missing;
      const poll: Poll = { ...old, ...fromSetup(setup), id: pollId };
      return accept({ type: 'poll:saved', audience: 'staff', data: { poll } });
    }),

  'poll:open': ({ pollId }, { state }) =>
    withPoll(state, pollId, (old) => {
      if (old.status === 'open') return accept();
      const rival = openRival(state, old);
      const drafts: ChangeDraft[] = rival ? [{ type: 'poll:closed', audience: 'public', data: { poll: { ...rival, status: 'closed' } } }] : [];
      drafts.push({ type: 'poll:opened', audience: 'public', data: { poll: { ...old, status: 'open' } } });
      return { changes: drafts };
    }),

  'poll:close': ({ pollId }, { state }) =>
    withPoll(state, pollId, (old) => {
      if (old.status === 'draft') return pollConflict('a draft was never open');
      if (old.status === 'closed') return accept();
      return accept({ type: 'poll:closed', audience: 'public', data: { poll: { ...old, status: 'closed' } } });
    }),

  'poll:reveal': ({ pollId }, context) =>
    withPoll(context.state, pollId, (old) => {
      if (old.status === 'draft') return pollConflict('open the poll before revealing its results');
      if (old.revealed) return accept();
      const poll: Poll = { ...old, revealed: true };
      return accept({ type: 'poll:revealed', audience: 'public', data: { poll, results: resultsNow(poll, context, polls) } });
    }),

  'poll:delete': ({ pollId }, { state }) =>
    withPoll(state, pollId, (poll) => accept({ type: 'poll:deleted', audience: pollAudience(poll), data: { pollId } })),

  'poll:hide-word': ({ pollId, word }, { state }) =>
    withPoll(state, pollId, (poll) => {
      if (poll.kind !== 'words') return pollConflict('only a word cloud has words');
      const key = wordKey(word);
      if (key === '') return reject('invalid_command', [{ path: 'word', message: 'no letters or digits' }]);
      if ((own(state.polls.hiddenWords, pollId) ?? []).includes(key)) return accept();
      return accept({ type: 'poll:word-hidden', audience: 'staff', data: { pollId, key } });
    }),
});
