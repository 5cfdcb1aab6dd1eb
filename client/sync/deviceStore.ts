import { createSignal, untrack } from 'solid-js';
import type { Change } from '../../shared/changes';
import { applyLiveChange, applySyncReply, freshDevice, type DeviceState } from '../../shared/deviceState';
import { sessionNewsOf } from '../../shared/sessionNews';
import type { SyncReply } from '../../shared/events';
import { loadDevice, saveDevice } from './persistence';
import { readCopy, writeCopy } from './quickCopy';
import { audienceKey } from './staffToken';

let audience = audienceKey();
const copy = readCopy(audience);
const [device, setDevice] = createSignal<DeviceState>(copy ?? freshDevice);
const [loaded, setLoaded] = createSignal(copy !== null);
/** The state shown is still the quick copy: IndexedDB, when newer, replaces it. */
let showingCopy = copy !== null;
const [missed, setMissed] = createSignal<readonly Change[]>([]);

/** The event as this device's audience sees it; immutable, so unchanged parts keep their DOM. */
export const state = () => device().state;
/** True once there is something to show: from the quick copy, IndexedDB or the server. */
export { loaded };
/** What arrived in the last catch-up after being offline: the "während Sie offline waren" summary. */
export { missed as missedChanges };

export const lastSeq = () => untrack(device).lastSeq;
export const dismissMissed = () => setMissed([]);

let saveTimer: ReturnType<typeof setTimeout> | undefined;

function saveNow(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  const current = untrack(device);
  writeCopy(current, audience);
  void saveDevice(current, audience);
}

/** Written a moment after the last change, not on every vote count. */
function scheduleSave(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 300);
}

// Closed or reloaded within that moment: the quick copy (written at once) keeps the last changes.
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => saveTimer !== undefined && saveNow());

/** Shows the last known state at once (cold start offline), unless the server was faster. */
export async function restoreDevice(forAudience: string): Promise<void> {
  audience = forAudience;
  const stored = await loadDevice(forAudience);
  const shown = untrack(device).lastSeq;
  // The copy may be older than IndexedDB (its write failed, or the state was too large for it).
  if (stored && (shown === null || (showingCopy && (stored.lastSeq ?? -1) > shown))) {
    setDevice(stored);
    setLoaded(true);
  }
  showingCopy = false;
}

/**
 * The server does not know this device (its id was refused): its copy may be of another event
 * (the root address now opens the series' next date) or of a reset server, so it is dropped and
 * the next sync brings a snapshot.
 */
export function dropCopy(): void {
  setDevice(freshDevice);
  setMissed([]);
  saveNow();
}

/**
 * Staff see other changes than attendees: a new audience starts from its own stored state, else
 * from a fresh snapshot. Until one is there nothing counts as loaded, so no page shows the empty
 * state as the event.
 */
export function resetDevice(forAudience: string): void {
  audience = forAudience;
  showingCopy = false;
  setDevice(freshDevice);
  setLoaded(false);
  setMissed([]);
  void restoreDevice(forAudience);
}

const worthTelling = (change: Change) =>
  sessionNewsOf(change) !== null || change.type === 'announcement:posted' || change.type === 'question:answered';

export function receiveSync(reply: SyncReply): void {
  const before = untrack(device);
  const next = applySyncReply(before, reply);
  if (reply.kind === 'changes' && before.lastSeq !== null) {
    const told = reply.changes.filter(worthTelling);
    if (told.length > 0) setMissed([...untrack(missed), ...told]);
  }
  showingCopy = false;
  setDevice(next);
  setLoaded(true);
  scheduleSave();
}

/** Applies a live change once; returns false for a repeat or a change from before our state. */
export function receiveLive(change: Change): boolean {
  const before = untrack(device);
  const next = applyLiveChange(before, change);
  if (next === before) return false;
  setDevice(next);
  scheduleSave();
  return true;
}
