import { describe, expect, it } from 'vitest';
import { createVoteIndex } from '../../server/questions/voteIndex.js';
import { createLiveState } from '../../server/kernel/liveState.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import { newStore } from '../support/testServer.js';

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
