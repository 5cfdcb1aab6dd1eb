import { describe, expect, it } from 'vitest';
import type { Change, ChangeDraft } from '../../shared/changes.js';
import { emptyState } from '../../shared/publicState.js';
import { applyChange, applyChanges } from '../../shared/reducer.js';
import { keptAnnouncements } from '../../shared/announcementReducer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';

let seq = 0;
const commit = (draft: ChangeDraft): Change => ({ ...draft, seq: ++seq, at: '2026-05-14T08:00:00.000Z' });
const loaded = () => applyChange(emptyState, commit({ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') }));

describe('announcements in the state (issue 28 item 7)', () => {
  it('keeps the newest 100 however many were posted; the log keeps the rest', () => {
    const posted = Array.from({ length: 150 }, (_, i) =>
      commit({ type: 'announcement:posted', audience: 'public', data: { announcement: { id: `a${i}`, level: 'info', text: `Nr. ${i}`, postedAt: '2026-05-14T08:00:00.000Z' } } }),
    );
    const state = applyChanges(loaded(), posted);
    expect(state.announcements).toHaveLength(keptAnnouncements);
    expect(keptAnnouncements).toBe(100);
    expect(state.announcements[0]?.id).toBe('a149');
    expect(state.announcements.at(-1)?.id).toBe('a50');
  });
});

describe('applyChange', () => {
  it('builds the state from a loaded programme', () => {
    const state = loaded();
    expect(state.event?.name).toContain('Digitale Städte');
    expect(state.sessions['eroeffnung']?.speakers).toContain('Staatssekretärin Nicole Steingaß');
    expect(Object.keys(state.stands)).toContain('digitale-doerfer');
  });

  it('moves a session and remembers the programme slot across several moves', () => {
    const before = loaded();
    const original = before.sessions['eroeffnung']!;
    const slot1 = { startsAt: '2026-05-14T09:00:00.000Z', endsAt: '2026-05-14T09:30:00.000Z', roomId: 'seminar-1' };
    const slot2 = { ...slot1, roomId: 'seminar-2' };
    const moved1 = commit({ type: 'session:moved', audience: 'public', data: { sessionId: 'eroeffnung', slot: slot1 } });
    const moved2 = commit({ type: 'session:moved', audience: 'public', data: { sessionId: 'eroeffnung', slot: slot2 } });
    const after = applyChanges(before, [moved1, moved2]).sessions['eroeffnung']!;
    expect(after).toMatchObject({ ...slot2, changedAtSeq: moved2.seq });
    expect(after.original).toEqual({ startsAt: original.startsAt, endsAt: original.endsAt, roomId: original.roomId });
  });

  it('shares every session the change does not touch', () => {
    const before = loaded();
    const after = applyChange(before, commit({ type: 'session:renamed', audience: 'public', data: { sessionId: 'eroeffnung', title: 'Neu' } }));
    expect(after.sessions['eroeffnung']?.title).toBe('Neu');
    expect(after.sessions['digitale-doerfer']).toBe(before.sessions['digitale-doerfer']);
    expect(after.rooms).toBe(before.rooms);
    expect(before.sessions['eroeffnung']?.title).toBe('Eröffnung');
  });

  it('cancels and reinstates, keeping the session visible', () => {
    const cancelled = applyChange(loaded(), commit({ type: 'session:cancelled', audience: 'public', data: { sessionId: 'westpfalz-wiki', reason: 'krank' } }));
    expect(cancelled.sessions['westpfalz-wiki']).toMatchObject({ status: 'cancelled', cancelReason: 'krank' });
    const back = applyChange(cancelled, commit({ type: 'session:reinstated', audience: 'public', data: { sessionId: 'westpfalz-wiki' } }));
    expect(back.sessions['westpfalz-wiki']).toMatchObject({ status: 'scheduled', cancelReason: undefined });
  });

  it('leaves the state untouched for a change about an unknown session', () => {
    const before = loaded();
    const after = applyChange(before, commit({ type: 'session:renamed', audience: 'public', data: { sessionId: 'nope', title: 'x' } }));
    expect(after).toBe(before);
  });

  it('adds sessions and keeps announcements newest first, each once', () => {
    const a1 = { id: 'a1', level: 'info' as const, text: 'Eins', postedAt: '2026-05-14T08:00:00.000Z' };
    const a2 = { id: 'a2', level: 'urgent' as const, text: 'Zwei', postedAt: '2026-05-14T08:05:00.000Z' };
    const post = (announcement: typeof a1 | typeof a2) => commit({ type: 'announcement:posted', audience: 'public', data: { announcement } });
    const state = applyChanges(loaded(), [post(a1), post(a2), post(a1)]);
    expect(state.announcements.map((a) => a.id)).toEqual(['a2', 'a1']);
  });
});
