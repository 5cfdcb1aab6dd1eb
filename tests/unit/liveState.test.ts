import { describe, expect, it } from 'vitest';
import { createVoteIndex } from '../../server/questions/voteIndex.js';
import { createLiveState } from '../../server/kernel/liveState.js';
import type { ChangeLog } from '../../server/kernel/store.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import { newStore } from '../support/testServer.js';
import { isVisibleIn } from '../../server/kernel/audience.js';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';

async function storeWithAnnouncements(count: number) {
  const store = newStore();
  for (let i = 0; i < count; i++) {
    await appendToLog(
      store.log,
      [{ type: 'announcement:posted', audience: 'public', data: { announcement: { id: `a${i}`, level: 'info', text: `Nr. ${i}`, postedAt: '2026-05-14T08:00:00.000Z' } } }],
      '2026-05-14T08:00:00.000Z',
    );
  }
  return store.log;
}

describe('live state', () => {
  it('rebuilds itself from the change log at start', async () => {
    const live = await createLiveState(await storeWithAnnouncements(30), { retention: 10 });
    expect(live.seq()).toBe(30);
    expect(live.state().announcements).toHaveLength(30);
    expect(live.snapshotFor(['public'])).toMatchObject({ seq: 30 });
  });

  it('serves the changes a device missed while they are in the window, else asks for a snapshot', async () => {
    const live = await createLiveState(await storeWithAnnouncements(30), { retention: 10 });
    expect(live.changesAfter(30, ['public'])).toEqual([]);
    expect(live.changesAfter(25, ['public'])?.map((c) => c.seq)).toEqual([26, 27, 28, 29, 30]);
    expect(live.changesAfter(20, ['public'])?.map((c) => c.seq)).toHaveLength(10);
    expect(live.changesAfter(19, ['public'])).toBeNull();
    expect(live.changesAfter(31, ['public'])).toBeNull();
  });
});

describe('replaying a long log at start', () => {
  /** `count` votes, each from its own device, then one announcement: the log's last change. */
  async function storeWithVotes(count: number) {
    const store = newStore();
    const at = '2026-05-14T08:00:00.000Z';
    for (let done = 0; done < count; done += 1000) {
      const drafts = Array.from({ length: Math.min(1000, count - done) }, (_, i) => ({
        type: 'question:vote-cast' as const,
        audience: 'internal' as const,
        data: { questionId: 'q', deviceId: `device-${done + i}`, up: true },
      }));
      await appendToLog(store.log, drafts, at);
    }
    await appendToLog(store.log, [{ type: 'announcement:posted', audience: 'public', data: { announcement: { id: 'last', level: 'info', text: 'Zuletzt', postedAt: at } } }], at);
    return store.log;
  }

  // The log is read 5,000 changes at a time: around and across that size, none may be lost or read twice.
  it.each([4999, 5000, 10_000, 12_345])('reads all of %i votes and the change after them', async (votes) => {
    const voters = createVoteIndex();
    const log = await storeWithVotes(votes);
    const live = await createLiveState(log, { retention: 100, projections: [voters] });
    expect(live.seq()).toBe(votes + 1);
    expect(voters.count('q')).toBe(votes);
    expect(live.state().announcements.map((a) => a.id)).toEqual(['last']);

    await live.rebuild();
    expect(live.seq()).toBe(votes + 1);
    expect(voters.count('q')).toBe(votes);
  });
});

describe('memory bounded by the window, not the log', () => {
  const at = '2026-05-14T08:00:00.000Z';
  const announcement = (id: string, audience: 'public' | 'stand:a' | 'stand:b') => ({
    type: 'announcement:posted' as const,
    audience,
    data: { announcement: { id, level: 'info' as const, text: id, postedAt: at } },
  });

  it('never keeps more than twice its retention, whatever it applies, rebuilds or reads', async () => {
    const store = newStore();
    const live = await createLiveState(store.log, { retention: 10 });
    let most = 0;
    for (let i = 0; i < 300; i += 1) {
      // Batches of every size, one far beyond the retention among them.
      const drafts = Array.from({ length: i === 150 ? 57 : (i % 7) + 1 }, (_, j) => announcement(`n${i}-${j}`, 'public'));
      live.apply(await appendToLog(store.log, drafts, at));
      most = Math.max(most, live.kept());
    }
    expect(most).toBeLessThanOrEqual(20);
    expect(most).toBeGreaterThanOrEqual(10);
    await live.rebuild();
    expect(live.kept()).toBe(10);
    await live.readyFor(['public', 'stand:a']);
    expect(live.kept()).toBe(10);
  });

  it("builds a stand's view from the log after its changes left memory, equal to replaying all it receives", async () => {
    const store = newStore();
    const live = await createLiveState(store.log, { retention: 5 });
    for (let i = 0; i < 40; i += 1) live.apply(await appendToLog(store.log, [announcement(`x${i}`, i % 3 ? 'public' : i % 2 ? 'stand:a' : 'stand:b')], at));
    expect(live.changesAfter(0, ['public'])).toBeNull();
    const rooms = ['public', 'stand:a'];
    expect(() => live.snapshotFor(rooms)).toThrow();
    await live.readyFor(rooms);
    const all = await store.log.changesAfter(0, 1000);
    expect(live.snapshotFor(rooms).state).toEqual(applyChanges(emptyState, all.filter((change) => isVisibleIn(change.audience, new Set(rooms)))));
    expect(live.snapshotFor(rooms).state.announcements.map((a) => a.id)).toContain('x3');
    expect(live.snapshotFor(rooms).state.announcements.map((a) => a.id)).not.toContain('x0');
  });

  it('applies exactly once what is committed while a view is read, whichever way it arrives', async () => {
    const store = newStore();
    let interleave = false;
    let reads = 0;
    // Every read of the log while the view is built lets a change arrive as the pipeline brings
    // them: one another process wrote before it is applied here, then one decided here before it
    // is written (the last, short read: the window must reach back to it).
    const log: ChangeLog = {
      ...store.log,
      async changesAfter(since, limit, audiences) {
        if (!interleave) return store.log.changesAfter(since, limit, audiences);
        reads += 1;
        const draft = announcement(`${reads % 2 ? 'foreign' : 'own'}${reads}`, reads % 4 === 3 ? 'stand:b' : 'stand:a');
        if (reads % 2 === 0) {
          live.apply([{ ...draft, seq: live.seq() + 1, at }]);
          const read = await store.log.changesAfter(since, limit, audiences);
          await appendToLog(store.log, [draft], at);
          return read;
        }
        const written = await appendToLog(store.log, [draft], at);
        const read = await store.log.changesAfter(since, limit, audiences);
        setImmediate(() => live.apply(written));
        return read;
      },
    };
    const live = await createLiveState(log, { retention: 3 });
    for (let i = 0; i < 12_000; i += 1000) {
      live.apply(await appendToLog(store.log, Array.from({ length: 1000 }, (_, j) => announcement(`old${i + j}`, (['public', 'stand:a', 'stand:b'] as const)[(i + j) % 3]!)), at));
    }
    const rooms = ['public', 'stand:a'];
    interleave = true;
    await live.readyFor(rooms);
    interleave = false;
    expect(reads).toBeGreaterThanOrEqual(2);
    live.apply(await appendToLog(store.log, [announcement('after', 'stand:a')], at));
    const all = await store.log.changesAfter(0, 100_000);
    const ids = live.snapshotFor(rooms).state.announcements.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['foreign1', 'own2', 'after']));
    expect(live.snapshotFor(rooms).state).toEqual(applyChanges(emptyState, all.filter((change) => isVisibleIn(change.audience, new Set(rooms)))));
  });
});
