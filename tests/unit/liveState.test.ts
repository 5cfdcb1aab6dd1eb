import { describe, expect, it } from 'vitest';
import { createLiveState } from '../../server/state/liveState.js';
import { newStore } from '../support/testServer.js';

function storeWithAnnouncements(count: number) {
  const store = newStore();
  for (let i = 0; i < count; i++) {
    store.commit({
      drafts: [{ type: 'announcement:posted', audience: 'public', data: { announcement: { id: `a${i}`, level: 'info', text: `Nr. ${i}`, postedAt: '2026-05-14T08:00:00.000Z' } } }],
      at: '2026-05-14T08:00:00.000Z',
    });
  }
  return store;
}

describe('live state', () => {
  it('rebuilds itself from the change log at start', () => {
    const live = createLiveState(storeWithAnnouncements(30), { retention: 10 });
    expect(live.seq()).toBe(30);
    expect(live.state().announcements).toHaveLength(30);
    expect(live.snapshotFor(['public'])).toMatchObject({ seq: 30 });
  });

  it('serves the changes a device missed while they are in the window, else asks for a snapshot', () => {
    const live = createLiveState(storeWithAnnouncements(30), { retention: 10 });
    expect(live.changesAfter(30, ['public'])).toEqual([]);
    expect(live.changesAfter(25, ['public'])?.map((c) => c.seq)).toEqual([26, 27, 28, 29, 30]);
    expect(live.changesAfter(20, ['public'])?.map((c) => c.seq)).toHaveLength(10);
    expect(live.changesAfter(19, ['public'])).toBeNull();
    expect(live.changesAfter(31, ['public'])).toBeNull();
  });
});
