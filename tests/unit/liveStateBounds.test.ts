import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes.js';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { isVisibleIn } from '../../server/kernel/audience.js';
import { createLiveState, type Projection } from '../../server/kernel/liveState.js';
import type { ChangeLog } from '../../server/kernel/store.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import { newStore } from '../support/testServer.js';

const at = '2026-05-14T08:00:00.000Z';
const announcement = (id: string, audience: 'public' | 'staff' | 'stand:a' | 'stand:b') => ({
  type: 'announcement:posted' as const,
  audience,
  data: { announcement: { id, level: 'info' as const, text: id, postedAt: at } },
});

async function logWith(audiences: readonly ('public' | 'staff' | 'stand:a' | 'stand:b')[]) {
  const store = newStore();
  await appendToLog(store.log, audiences.map((audience, i) => announcement(`n${i + 1}`, audience)), at);
  return store.log;
}

/** The log, counting the reads a view makes (the ones that name audiences). */
function countingViewReads(log: ChangeLog) {
  const counted = { reads: 0, log: { ...log, changesAfter: (since: number, limit: number, audiences?: readonly string[]) => {
    if (audiences) counted.reads += 1;
    return log.changesAfter(since, limit, audiences);
  } } satisfies ChangeLog };
  return counted;
}

describe('what the live state keeps', () => {
  it('keeps every change until it holds more than twice its retention, then the latest retention', async () => {
    const store = newStore();
    const live = await createLiveState(store.log, { retention: 10 });
    for (let i = 0; i < 20; i += 1) live.apply(await appendToLog(store.log, [announcement(`a${i}`, 'public')], at));
    expect(live.kept()).toBe(20);
    expect(live.changesAfter(10, ['public'])?.map((c) => c.seq)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    // A catch-up carries at most the retention, even while memory holds more.
    expect(live.changesAfter(9, ['public'])).toBeNull();
    live.apply(await appendToLog(store.log, [announcement('a20', 'public')], at));
    expect(live.kept()).toBe(10);
    expect(live.seq()).toBe(21);
  });

  it('keeps the latest retention after a rebuild, also when the log is shorter than twice the retention', async () => {
    const live = await createLiveState(await logWith(Array(15).fill('public')), { retention: 10 });
    expect(live.kept()).toBe(10);
    await live.rebuild();
    expect(live.kept()).toBe(10);
  });

  it('answers a catch-up of a fresh, empty event with nothing to apply, not a snapshot', async () => {
    const live = await createLiveState(newStore().log, { retention: 10 });
    expect(live.seq()).toBe(0);
    expect(live.changesAfter(0, ['public'])).toEqual([]);
    expect(live.changesAfter(1, ['public'])).toBeNull();
  });

  it('counts its rebuilds, and a rebuild keeps every view it was asked for, each equal to replaying what it receives', async () => {
    const log = await logWith(['public', 'stand:a', 'staff', 'stand:b', 'public', 'stand:a']);
    const live = await createLiveState(log, { retention: 2 });
    const started = live.generation();
    await live.readyFor(['public', 'stand:a']);
    await live.rebuild();
    await live.rebuild();
    expect(live.generation()).toBe(started + 2);
    const all = await log.changesAfter(0, 100);
    for (const rooms of [['public'], ['public', 'staff'], ['public', 'stand:a']]) {
      const seen = all.filter((change) => isVisibleIn(change.audience, new Set(rooms)));
      expect(live.snapshotFor(rooms)).toMatchObject({ seq: 6, state: applyChanges(emptyState, seen) });
    }
  });

  it('tells its projections to start over when it rebuilds, so each change is counted once', async () => {
    const told: Change[] = [];
    const counting: Projection = { project: (change) => void told.push(change), reset: () => void told.splice(0) };
    const live = await createLiveState(await logWith(['public', 'staff', 'public']), { retention: 10, projections: [counting] });
    await live.rebuild();
    expect(told.map((c) => c.seq)).toEqual([1, 2, 3]);
  });

  it('says to make a view ready first when asked for rooms it never read', async () => {
    const live = await createLiveState(await logWith(['public']), { retention: 10 });
    expect(() => live.snapshotFor(['public', 'stand:a'])).toThrow(/readyFor/);
  });

  it('reads a view from the log once, for callers at the same time and after', async () => {
    const counted = countingViewReads(await logWith(['public', 'stand:a', 'public']));
    const live = await createLiveState(counted.log, { retention: 1 });
    await Promise.all([live.readyFor(['public', 'stand:a']), live.readyFor(['stand:a', 'public'])]);
    const reads = counted.reads;
    expect(reads).toBe(1);
    await live.readyFor(['public', 'stand:a']);
    await live.readyFor(['public']);
    expect(counted.reads).toBe(reads);
  });

  it('makes a view ready whose own last change lies before the window, the rest being for other rooms', async () => {
    const log = await logWith([...Array(10).fill('public'), ...Array(6).fill('staff')]);
    const live = await createLiveState(log, { retention: 2 });
    await live.readyFor(['public', 'stand:a']);
    expect(live.snapshotFor(['public', 'stand:a']).state.announcements).toHaveLength(10);
  });

  it('makes a stand’s view ready on an event with nothing in it yet', async () => {
    const live = await createLiveState(newStore().log, { retention: 2 });
    await live.readyFor(['public', 'stand:a']);
    expect(live.snapshotFor(['public', 'stand:a'])).toMatchObject({ seq: 0, state: { announcements: [] } });
  });

  it('leaves a state read after a batch as it was: a later change outside any batch copies what it changes', async () => {
    const store = newStore();
    const live = await createLiveState(store.log, { retention: 10 });
    const asked = (id: string) => ({
      type: 'question:asked' as const,
      audience: 'staff' as const,
      data: { question: { id, target: { kind: 'session' as const, id: 'eroeffnung' }, text: `Frage ${id}`, askedAt: at, status: 'pending' as const, pinned: false, answered: false, votes: 0 } },
    });
    const first = await appendToLog(store.log, [asked('6a1e0c1e-0000-4000-8000-000000000001')], at);
    // A batch copies the questions' record once and then writes into it in place.
    live.batch(() => live.apply(first));
    const kept = live.state();
    live.apply(await appendToLog(store.log, [asked('6a1e0c1e-0000-4000-8000-000000000002')], at));
    expect(Object.keys(kept.questions)).toEqual(['6a1e0c1e-0000-4000-8000-000000000001']);
    expect(Object.keys(live.state().questions)).toHaveLength(2);
  });

  // A rebuild (after a failed commit) while a stand's view is read from the log: the view starts over and still ends complete.
  it.each(['during a read of the log', 'between two reads'])('makes a view ready when the live state is rebuilt %s', async (when) => {
    const store = newStore();
    await appendToLog(store.log, Array.from({ length: 12 }, (_, i) => announcement(`n${i}`, i % 2 ? 'stand:a' : 'staff')), at);
    let rebuilds = 0;
    const log: ChangeLog = {
      ...store.log,
      async changesAfter(since, limit, audiences) {
        const read = await store.log.changesAfter(since, limit, audiences);
        if (audiences && rebuilds === 0) {
          rebuilds += 1;
          if (when === 'during a read of the log') await live.rebuild();
          else setImmediate(() => void live.rebuild());
        }
        return read;
      },
    };
    const live = await createLiveState(log, { retention: 2 });
    await live.readyFor(['public', 'stand:a']);
    expect(rebuilds).toBe(1);
    expect(live.snapshotFor(['public', 'stand:a']).state.announcements.map((a) => a.id)).toEqual(['n11', 'n9', 'n7', 'n5', 'n3', 'n1']);
  });
});
