import type { Change } from '../../shared/changes.js';
import { emptyState, type PublicState, type Snapshot } from '../../shared/publicState.js';
import { applyChangeInBatch } from '../../shared/reducer.js';
import type { RecordWrites } from '../../shared/records.js';
import { isVisibleIn, viewKey } from './audience.js';
import { createRedactedWindow, type RedactedWindow } from './redactedWindow.js';

/** One audience's state: the reduction of exactly the changes its set of rooms receives. */
export interface View {
  rooms: ReadonlySet<string>;
  state: PublicState;
  snapshot: Snapshot | null;
}

/** What memory holds: the state, each audience's view and the catch-up window. Swapped whole by a rebuild. */
export interface Memory {
  seq: number;
  full: View;
  views: Map<string, View>;
  /** The catch-up window: the latest changes, between `retention` and twice that many. */
  recent: Change[];
  redacted: RedactedWindow;
}

const everything: ReadonlySet<string> = new Set(['*']);
/** Views every live state keeps from its start: attendees' and staff's. */
export const alwaysReady = [['public'], ['public', 'staff']];

export const emptyView = (rooms: readonly string[]): View => ({ rooms: new Set(rooms), state: emptyState, snapshot: null });

export function emptyMemory(roomSets: readonly (readonly string[])[]): Memory {
  const views = new Map(roomSets.map((rooms) => [viewKey(rooms), emptyView(rooms)]));
  return { seq: 0, full: { rooms: everything, state: emptyState, snapshot: null }, views, recent: [], redacted: createRedactedWindow() };
}

/** Index of the first change after `since` (binary search: seqs grow, but a skipped damaged row leaves a gap). */
export function firstAfter(changes: readonly Change[], since: number): number {
  let [low, high] = [0, changes.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (changes[mid]!.seq <= since) low = mid + 1;
    else high = mid;
  }
  return low;
}

const visible = (view: View, change: Change) => view.rooms === everything || isVisibleIn(change.audience, view.rooms);
export function applyToView(view: View, change: Change, writes: RecordWrites): void {
  if (!visible(view, change)) return;
  view.state = applyChangeInBatch(view.state, change, writes);
  view.snapshot = null;
}

export function applyToMemory(memory: Memory, change: Change, writes: RecordWrites): void {
  applyToView(memory.full, change, writes);
  for (const view of memory.views.values()) applyToView(view, change, writes);
  memory.redacted.note(change);
  memory.seq = change.seq;
  memory.recent.push(change);
}

