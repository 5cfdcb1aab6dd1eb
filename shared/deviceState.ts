import type { Change } from './changes.js';
import type { SyncReply } from './events.js';
import { emptyState, type PublicState } from './publicState.js';
import { applyChange } from './reducer.js';

/** What a device knows: the state it built and the highest seq it has applied. */
export interface DeviceState {
  state: PublicState;
  lastSeq: number | null;
}

export const freshDevice: DeviceState = { state: emptyState, lastSeq: null };

/**
 * A live change is applied once and in order: a repeat or an older change (a duplicate delivery,
 * or one the catch-up already brought) leaves the device as it is.
 */
export function applyLiveChange(device: DeviceState, change: Change): DeviceState {
  if (device.lastSeq !== null && change.seq <= device.lastSeq) return device;
  return { state: applyChange(device.state, change), lastSeq: change.seq };
}

/** A catch-up reply: the missed changes on top of what the device has, or a whole new snapshot. */
export function applySyncReply(device: DeviceState, reply: SyncReply): DeviceState {
  if (reply.kind === 'snapshot') return { state: reply.snapshot.state, lastSeq: reply.snapshot.seq };
  if (reply.kind === 'error') return device;
  const caughtUp = reply.changes.reduce(applyLiveChange, device);
  return { state: caughtUp.state, lastSeq: Math.max(reply.seq, caughtUp.lastSeq ?? 0) };
}
