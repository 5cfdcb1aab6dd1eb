import type { DeviceState } from '../../shared/deviceState';
import { schemaVersion, type PublicState } from '../../shared/publicState';
import { readItem, removeItem, writeItem } from './storage';

/*
 * A copy of the device's state in localStorage, beside the one in IndexedDB. localStorage is read
 * synchronously (and already loaded for the locale and device id), so a cold start shows the
 * programme in its first render; opening IndexedDB on a slow phone takes several hundred ms.
 * IndexedDB stays the store of record: it replaces the copy when it is newer.
 */

const copyKey = 'ortstermin.deviceCopy';
/** A large programme stays in IndexedDB only: writing megabytes synchronously would stall the page. */
const maxChars = 400_000;

interface Copy {
  schemaVersion: number;
  audience: string;
  lastSeq: number;
  state: PublicState;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Our own data, written by `writeCopy`; checked for its version and shape, not field by field. */
function isCopy(value: unknown): value is Copy {
  if (!isRecord(value) || value.schemaVersion !== schemaVersion || typeof value.audience !== 'string') return false;
  const { state } = value;
  return typeof value.lastSeq === 'number' && isRecord(state) && isRecord(state.sessions) && Array.isArray(state.announcements);
}

export function readCopy(audience: string): DeviceState | null {
  try {
    const copy: unknown = JSON.parse(readItem(copyKey) ?? 'null');
    return isCopy(copy) && copy.audience === audience ? { state: copy.state, lastSeq: copy.lastSeq } : null;
  } catch {
    return null;
  }
}

export function writeCopy(device: DeviceState, audience: string): void {
  if (device.lastSeq === null) return removeItem(copyKey);
  const copy: Copy = { schemaVersion, audience, lastSeq: device.lastSeq, state: device.state };
  const raw = JSON.stringify(copy);
  // A copy that cannot be kept current must not stay behind, older than IndexedDB.
  if (raw.length > maxChars || !writeItem(copyKey, raw)) removeItem(copyKey);
}
