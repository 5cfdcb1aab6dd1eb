import { describe, expect, it } from 'vitest';
import type { Change, ChangeDataMap, ChangeType } from '../../shared/changes.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import type { Question } from '../../shared/questions.js';
import { batchWrites } from '../../shared/records.js';
import { applyChange, applyChangeInBatch, applyChanges } from '../../shared/reducer.js';

const at = '2026-05-14T08:00:00.000Z';
let seq = 0;
const change = <K extends ChangeType>(type: K, data: ChangeDataMap[K]): Change =>
  ({ seq: ++seq, at, type, audience: 'public', data }) as Change;
const status = (text: string) => ({ text, availability: 'available' as const, at });
const question = (id: string): Question => ({
  id, target: { kind: 'stand', id: 'imker' }, text: `Frage ${id}`, askedAt: at, status: 'published', pinned: false, answered: false, votes: 0,
});

/** One change of every kind that writes a record, each touching a record another one also writes. */
const changes = (): Change[] => [
  change('question:asked', { question: question('q1') }),
  change('question:asked', { question: question('q2') }),
  change('stand:status-set', { standId: 'imker', status: status('open') }),
  change('stand:status-set', { standId: 'kaese', status: status('closed') }),
  change('question:staged', { sessionId: 'eroeffnung', questionId: 'q1' }),
  change('question:staged', { sessionId: 'ausblick', questionId: 'q2' }),
  change('moderation:mode-set', { sessionId: 'eroeffnung', mode: 'pre' }),
  change('room:upserted', { room: { id: 'saal', name: 'Saal' } }),
  change('question:withdrawn', { questionId: 'q2' }),
];

const frozenCopy = (state: PublicState) => JSON.parse(JSON.stringify(state)) as unknown;

describe('who decides between copy-on-write and writing in place', () => {
  it('applyChange never changes a state handed out before, whoever calls it', () => {
    const states: PublicState[] = [emptyState];
    const seen: unknown[] = [frozenCopy(emptyState)];
    for (const next of changes()) {
      states.push(applyChange(states[states.length - 1]!, next));
      seen.push(frozenCopy(states[states.length - 1]!));
    }
    states.forEach((state, i) => expect(frozenCopy(state), `state ${i}`).toEqual(seen[i]));
  });

  it('in a batch, writes in place only what the batch copied itself; states from before stay as they were', () => {
    const before = applyChanges(emptyState, [change('stand:status-set', { standId: 'alt', status: status('open') })]);
    const kept = frozenCopy(before);
    const batch = batchWrites();
    const inBatch = changes().reduce((state, next) => applyChangeInBatch(state, next, batch), before);
    expect(inBatch).toEqual(changes().reduce(applyChange, before));
    expect(frozenCopy(before)).toEqual(kept);
    const first = applyChangeInBatch(inBatch, change('stand:status-set', { standId: 'x', status: status('open') }), batch);
    expect(first.standStatus).toBe(inBatch.standStatus); // copied in this batch already: written in place
    const fresh = applyChangeInBatch(inBatch, change('stand:status-set', { standId: 'y', status: status('open') }), batchWrites());
    expect(fresh.standStatus).not.toBe(inBatch.standStatus);
  });
});
