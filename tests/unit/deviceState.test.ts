import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes.js';
import { applyLiveChange, applySyncReply, freshDevice, type DeviceState } from '../../shared/deviceState.js';
import { emptyState, schemaVersion } from '../../shared/publicState.js';

const at = '2026-05-14T08:00:00.000Z';
const posted = (seq: number): Change => ({
  seq,
  at,
  type: 'announcement:posted',
  audience: 'public',
  data: { announcement: { id: `a${seq}`, level: 'info', text: `Nr. ${seq}`, postedAt: at } },
});
const ids = (device: DeviceState) => device.state.announcements.map((a) => a.id);
const changes = (seq: number, ...list: Change[]) => ({ kind: 'changes' as const, changes: list, seq, serverTime: 0 });

describe('a device applying live changes', () => {
  it('applies each change once, in order, and remembers the highest seq', () => {
    const one = applyLiveChange(freshDevice, posted(1));
    const two = applyLiveChange(one, posted(2));
    expect(ids(two)).toEqual(['a2', 'a1']);
    expect(two.lastSeq).toBe(2);
  });

  it('leaves itself as it is for a repeat or an older change', () => {
    const device = [posted(1), posted(2), posted(3)].reduce(applyLiveChange, freshDevice);
    expect(applyLiveChange(device, posted(3))).toBe(device);
    expect(applyLiveChange(device, posted(2))).toBe(device);
    expect(applyLiveChange(device, posted(4)).lastSeq).toBe(4);
  });
});

describe('a device catching up', () => {
  const device = [posted(1), posted(2)].reduce(applyLiveChange, freshDevice);

  it('adds the missed changes it has not seen, and takes the server seq past changes it may not see', () => {
    const caughtUp = applySyncReply(device, changes(9, posted(2), posted(3)));
    expect(ids(caughtUp)).toEqual(['a3', 'a2', 'a1']);
    expect(caughtUp.lastSeq).toBe(9);
  });

  it('applies the missed changes in their order: all of them, the later one last (issue 30)', () => {
    const corrected = (seq: number, text: string): Change => ({ seq, at, type: 'announcement:corrected', audience: 'public', data: { announcementId: 'a1', text, correctedAt: at } });
    const caughtUp = applySyncReply(freshDevice, changes(4, posted(1), posted(2), posted(3), corrected(4, 'Raum geändert')));
    expect(ids(caughtUp)).toEqual(['a3', 'a2', 'a1']);
    expect(caughtUp.state.announcements.find((a) => a.id === 'a1')?.text).toBe('Raum geändert');
    expect(caughtUp.lastSeq).toBe(4);
  });

  it('never goes back to an older seq than it has applied', () => {
    expect(applySyncReply(device, changes(1)).lastSeq).toBe(2);
    expect(applySyncReply(freshDevice, changes(0)).lastSeq).toBe(0);
  });

  it('replaces everything with a snapshot, and keeps what it has on an error', () => {
    const snapshot = { kind: 'snapshot' as const, snapshot: { seq: 40, schemaVersion, state: emptyState }, serverTime: 0 };
    expect(applySyncReply(device, snapshot)).toEqual({ state: emptyState, lastSeq: 40 });
    expect(applySyncReply(device, { kind: 'error', code: 'invalid_command' })).toBe(device);
  });
});
