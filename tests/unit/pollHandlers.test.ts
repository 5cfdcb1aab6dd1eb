import { describe, expect, it } from 'vitest';
import type { CommandContext, HandlerOutcome } from '../../server/kernel/handler.js';
import { createPollIndex } from '../../server/polls/pollIndex.js';
import { pollHandlers } from '../../server/polls/pollHandlers.js';
import { voteAndFeedbackHandlers } from '../../server/polls/voteAndFeedbackHandlers.js';
import type { Poll, PollSetup } from '../../shared/polls.js';
import type { PublicState } from '../../shared/publicState.js';
import type { Actor } from '../../shared/roles.js';
import { committer, demoWithStands } from '../support/demoState.js';

/**
 * The poll commands' decisions, each refusal with the field it names: what a moderator's screen
 * and an attendee's phone show when a command does not go through.
 */
const demo = demoWithStands(committer());
const ids = { a: '7d4c2b1a-0000-4000-8000-00000000000a', b: '7d4c2b1a-0000-4000-8000-00000000000b', c: '7d4c2b1a-0000-4000-8000-00000000000c' };
const poll = (id: string, changes: Partial<Poll> = {}): Poll => ({ id, sessionId: 'eroeffnung', kind: 'single', question: 'Nutzen Sie LoRaWAN?', options: ['Ja', 'Nein'], status: 'open', revealed: false, createdAt: '2026-05-14T08:00:00.000Z', ...changes });
const withPolls = (polls: Poll[], hiddenWords: Record<string, string[]> = {}): PublicState => ({ ...demo, polls: { ...demo.polls, polls: Object.fromEntries(polls.map((p) => [p.id, p])), hiddenWords } });
const moderator: Actor = { role: 'moderator' };
const phone: Actor = { role: 'attendee', deviceId: 'd1.phone.one' };
const context = (state: PublicState, actor: Actor = moderator, now = '2026-05-14T08:30:00.000Z'): CommandContext => ({ state, actor, commandId: 'c1', now });
const refusal = (code: string, path: string, message?: string) => ({ error: expect.objectContaining({ code, issues: [message === undefined ? expect.objectContaining({ path }) : { path, message }] }) });
const changes = (outcome: HandlerOutcome) => ('changes' in outcome ? outcome.changes.map((c) => [c.type, c.audience]) : outcome);

describe('poll commands', () => {
  const handlers = pollHandlers(createPollIndex());
  const setup = (changes: Partial<PollSetup>): PollSetup => ({ sessionId: 'eroeffnung', kind: 'single', question: 'Nutzen Sie LoRaWAN?', options: ['Ja', 'Nein'], ...changes });

  it('creates a draft for staff, stored with only its own kind’s fields', () => {
    const create = (s: PollSetup) => handlers['poll:create']({ pollId: ids.a, setup: s }, context(withPolls([])));
    expect(create(setup({}))).toEqual({ changes: [{ type: 'poll:saved', audience: 'staff', data: { poll: poll(ids.a, { status: 'draft', createdAt: '2026-05-14T08:30:00.000Z' }) } }] });
    const saved = (s: PollSetup) => {
      const outcome = create(s);
      return 'changes' in outcome && outcome.changes[0]?.type === 'poll:saved' ? outcome.changes[0].data.poll : outcome;
    };
    expect(saved(setup({ kind: 'rating', options: [], scale: 5, lowLabel: 'gar nicht', highLabel: '' }))).toMatchObject({ kind: 'rating', options: [], scale: 5, lowLabel: 'gar nicht' });
    expect(saved(setup({ kind: 'rating', options: [], scale: 10 }))).not.toHaveProperty('lowLabel');
    expect(saved(setup({ kind: 'rating', options: [], scale: 10, highLabel: 'sehr' }))).toMatchObject({ highLabel: 'sehr' });
    expect(saved(setup({ kind: 'multiple', options: ['A', 'B', 'C'], maxChoices: 2 }))).toMatchObject({ options: ['A', 'B', 'C'], maxChoices: 2 });
    expect(saved(setup({ kind: 'multiple', options: ['A', 'B'] }))).not.toHaveProperty('maxChoices');
    expect(saved(setup({ kind: 'words', options: [] }))).toMatchObject({ kind: 'words', options: [] });
    expect(saved(setup({ sessionId: null }))).toMatchObject({ sessionId: null });
  });

  it('refuses a second poll with the same id and a poll for an unknown session', () => {
    expect(handlers['poll:create']({ pollId: ids.a, setup: setup({}) }, context(withPolls([poll(ids.a)])))).toEqual(refusal('conflict', 'pollId', 'a poll with this id exists'));
    expect(handlers['poll:create']({ pollId: ids.a, setup: setup({ sessionId: 'gibt-es-nicht' }) }, context(withPolls([])))).toEqual(refusal('not_found', 'sessionId', 'no such session'));
    expect(handlers['poll:update']({ pollId: ids.a, setup: setup({ sessionId: 'gibt-es-nicht' }) }, context(withPolls([poll(ids.a, { status: 'draft' })])))).toEqual(refusal('not_found', 'sessionId'));
  });

  it('edits a draft only, and says so', () => {
    expect(handlers['poll:update']({ pollId: ids.a, setup: setup({ question: 'Neu?' }) }, context(withPolls([poll(ids.a)])))).toEqual(refusal('conflict', 'pollId', 'only a draft can be edited'));
    expect(changes(handlers['poll:update']({ pollId: ids.a, setup: setup({ question: 'Neu?' }) }, context(withPolls([poll(ids.a, { status: 'draft' })]))))).toEqual([['poll:saved', 'staff']]);
    expect(handlers['poll:update']({ pollId: ids.b, setup: setup({}) }, context(withPolls([])))).toEqual(refusal('not_found', 'pollId', 'no such poll'));
  });

  it('opening a poll closes the other open poll of the same session only', () => {
    const state = withPolls([poll(ids.a, { status: 'draft' }), poll(ids.b), poll(ids.c, { sessionId: 'ausblick' })]);
    const opened = handlers['poll:open']({ pollId: ids.a }, context(state));
    expect(opened).toEqual({ changes: [
      { type: 'poll:closed', audience: 'public', data: { poll: poll(ids.b, { status: 'closed' }) } },
      { type: 'poll:opened', audience: 'public', data: { poll: poll(ids.a, { status: 'open' }) } },
    ] });
    // A draft or a closed poll of the same session is no rival; an open one is left as it is.
    expect(changes(handlers['poll:open']({ pollId: ids.a }, context(withPolls([poll(ids.a, { status: 'closed' }), poll(ids.b, { status: 'draft' }), poll(ids.c, { status: 'closed' })]))))).toEqual([['poll:opened', 'public']]);
    expect(changes(handlers['poll:open']({ pollId: ids.b }, context(state)))).toEqual([]);
    expect(changes(handlers['poll:open']({ pollId: ids.a }, context(withPolls([poll(ids.a, { status: 'draft' }), poll(ids.c, { sessionId: 'ausblick' })]))))).toEqual([['poll:opened', 'public']]);
  });

  it('closes an open poll, does nothing to a closed one and refuses a draft', () => {
    expect(changes(handlers['poll:close']({ pollId: ids.a }, context(withPolls([poll(ids.a)]))))).toEqual([['poll:closed', 'public']]);
    expect(changes(handlers['poll:close']({ pollId: ids.a }, context(withPolls([poll(ids.a, { status: 'closed' })]))))).toEqual([]);
    expect(handlers['poll:close']({ pollId: ids.a }, context(withPolls([poll(ids.a, { status: 'draft' })])))).toEqual(refusal('conflict', 'pollId', 'a draft was never open'));
  });

  it('reveals results once, with the hidden words left out, and never a draft’s', () => {
    const index = createPollIndex();
    index.project({ seq: 1, at: '2026-05-14T08:10:00.000Z', type: 'poll:vote-cast', audience: 'internal', data: { pollId: ids.a, deviceId: 'd1.x.y', answer: { kind: 'words', words: ['Funkloch', 'Glasfaser'] } } });
    const words = poll(ids.a, { kind: 'words', options: [] });
    const revealed = pollHandlers(index)['poll:reveal']({ pollId: ids.a }, context(withPolls([words], { [ids.a]: ['funkloch'] })));
    expect(revealed).toEqual({ changes: [{ type: 'poll:revealed', audience: 'public', data: { poll: { ...words, revealed: true }, results: expect.objectContaining({ voters: 1, words: [expect.objectContaining({ key: 'glasfaser' })] }) } }] });
    expect(changes(handlers['poll:reveal']({ pollId: ids.a }, context(withPolls([poll(ids.a, { revealed: true })]))))).toEqual([]);
    expect(handlers['poll:reveal']({ pollId: ids.a }, context(withPolls([poll(ids.a, { status: 'draft' })])))).toEqual(refusal('conflict', 'pollId', 'open the poll before revealing its results'));
  });

  it('deletes a draft among staff and an opened poll on every phone', () => {
    expect(changes(handlers['poll:delete']({ pollId: ids.a }, context(withPolls([poll(ids.a, { status: 'draft' })]))))).toEqual([['poll:deleted', 'staff']]);
    expect(changes(handlers['poll:delete']({ pollId: ids.a }, context(withPolls([poll(ids.a, { status: 'closed' })]))))).toEqual([['poll:deleted', 'public']]);
  });

  it('hides a word of a word cloud once, by its merged key', () => {
    const words = poll(ids.a, { kind: 'words', options: [] });
    expect(handlers['poll:hide-word']({ pollId: ids.a, word: ' Funkloch! ' }, context(withPolls([words])))).toEqual({ changes: [{ type: 'poll:word-hidden', audience: 'staff', data: { pollId: ids.a, key: 'funkloch' } }] });
    expect(changes(handlers['poll:hide-word']({ pollId: ids.a, word: 'FUNKLOCH' }, context(withPolls([words], { [ids.a]: ['funkloch'] }))))).toEqual([]);
    expect(handlers['poll:hide-word']({ pollId: ids.a, word: '!!' }, context(withPolls([words])))).toEqual(refusal('invalid_command', 'word', 'no letters or digits'));
    expect(handlers['poll:hide-word']({ pollId: ids.a, word: 'Ja' }, context(withPolls([poll(ids.a)])))).toEqual(refusal('conflict', 'pollId', 'only a word cloud has words'));
  });
});

describe('votes and feedback', () => {
  const index = createPollIndex();
  const handlers = voteAndFeedbackHandlers(index);
  const yes = { kind: 'choice' as const, options: [0] };

  it('takes a phone’s vote on an open poll, and nothing when it did not change', () => {
    expect(handlers['poll:vote']({ pollId: ids.a, answer: yes }, context(withPolls([poll(ids.a)]), phone))).toEqual({ changes: [{ type: 'poll:vote-cast', audience: 'internal', data: { pollId: ids.a, deviceId: 'd1.phone.one', answer: yes } }] });
    index.project({ seq: 1, at: '2026-05-14T08:10:00.000Z', type: 'poll:vote-cast', audience: 'internal', data: { pollId: ids.a, deviceId: 'd1.phone.one', answer: yes } });
    expect(changes(handlers['poll:vote']({ pollId: ids.a, answer: yes }, context(withPolls([poll(ids.a)]), phone)))).toEqual([]);
    expect(changes(handlers['poll:vote']({ pollId: ids.a, answer: { kind: 'choice', options: [1] } }, context(withPolls([poll(ids.a)]), phone)))).toEqual([['poll:vote-cast', 'internal']]);
  });

  it('refuses a vote on a draft as on no poll, on a closed poll, one that does not fit, and one without a device', () => {
    expect(handlers['poll:vote']({ pollId: ids.a, answer: yes }, context(withPolls([poll(ids.a, { status: 'draft' })]), phone))).toEqual(refusal('not_found', 'pollId', 'no such poll'));
    expect(handlers['poll:vote']({ pollId: ids.a, answer: yes }, context(withPolls([poll(ids.a, { status: 'closed' })]), phone))).toEqual(refusal('conflict', 'pollId', 'the poll is closed'));
    expect(handlers['poll:vote']({ pollId: ids.a, answer: { kind: 'choice', options: [5] } }, context(withPolls([poll(ids.a)]), phone))).toEqual(refusal('invalid_command', 'answer', 'does not fit this poll'));
    expect(handlers['poll:vote']({ pollId: ids.a, answer: yes }, context(withPolls([poll(ids.a)]), { role: 'attendee' }))).toEqual(refusal('invalid_command', 'deviceId', 'voting needs a device id'));
  });

  it('opens feedback early once, for a session that exists', () => {
    expect(handlers['feedback:open']({ sessionId: 'ausblick' }, context(demo))).toEqual({ changes: [{ type: 'feedback:opened', audience: 'public', data: { sessionId: 'ausblick' } }] });
    expect(changes(handlers['feedback:open']({ sessionId: 'ausblick' }, context({ ...demo, polls: { ...demo.polls, feedbackOpen: { ausblick: true } } })))).toEqual([]);
    expect(handlers['feedback:open']({ sessionId: 'gibt-es-nicht' }, context(demo))).toEqual(refusal('not_found', 'sessionId', 'no such session'));
  });

  it('takes a rating after the session until the day ends, and says why not before, after or for a break', () => {
    const give = (now: string, sessionId = 'eroeffnung', stars = 4, comment?: string, actor: Actor = phone) => handlers['feedback:give']({ sessionId, stars, ...(comment === undefined ? {} : { comment }) }, context(demo, actor, now));
    expect(give('2026-05-14T08:30:00.000Z', 'eroeffnung', 4, '')).toEqual({ changes: [{ type: 'feedback:given', audience: 'internal', data: { sessionId: 'eroeffnung', deviceId: 'd1.phone.one', stars: 4, at: '2026-05-14T08:30:00.000Z' } }] });
    expect(give('2026-05-14T07:45:00.000Z')).toEqual(refusal('conflict', 'sessionId', 'feedback is not open yet'));
    expect(give('2026-05-14T22:00:00.000Z')).toEqual(refusal('conflict', 'sessionId', 'feedback is closed'));
    expect(give('2026-05-14T10:00:00.000Z', 'kaffeepause')).toEqual(refusal('not_found', 'sessionId', 'no session to rate'));
    expect(give('2026-05-14T08:30:00.000Z', 'eroeffnung', 4, undefined, { role: 'attendee' })).toEqual(refusal('invalid_command', 'deviceId', 'feedback needs a device id'));
  });

  it('takes a changed rating or comment, and nothing when both are as before', () => {
    const give = (stars: number, comment?: string) => changes(handlers['feedback:give']({ sessionId: 'eroeffnung', stars, ...(comment === undefined ? {} : { comment }) }, context(demo, phone)));
    index.project({ seq: 2, at: '2026-05-14T08:20:00.000Z', type: 'feedback:given', audience: 'internal', data: { sessionId: 'eroeffnung', deviceId: 'd1.phone.one', stars: 4, comment: 'Gut', at: '2026-05-14T08:20:00.000Z' } });
    expect(give(4, 'Gut')).toEqual([]);
    expect(give(5, 'Gut')).toEqual([['feedback:given', 'internal']]);
    expect(give(4, 'Sehr gut')).toEqual([['feedback:given', 'internal']]);
    expect(give(4)).toEqual([['feedback:given', 'internal']]);
  });
});
