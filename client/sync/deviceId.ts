import { apiPath } from './eventAddress';
import { readItem, removeItem, writeItem } from './storage';

const deviceIdKey = 'ortstermin.deviceId';
let cached: string | null = null;
let pending: Promise<string | null> | null = null;

/** Ids the server issued (`d1.<random>.<signature>`); older, self-made ones are asked for anew. */
const looksIssued = (id: string | null): id is string => id !== null && id.startsWith('d1.') && id.length <= 64;

/** The id the server issued to this device, kept in localStorage; null until it has one. */
export function storedDeviceId(): string | null {
  if (cached) return cached;
  const stored = readItem(deviceIdKey);
  return looksIssued(stored) ? (cached = stored) : null;
}

/**
 * This device's id, asked from the server once (it signs it, so rate limits per device hold)
 * and kept. Null while the server cannot be reached or asks to wait; the caller tries again later.
 */
export function ensureDeviceId(): Promise<string | null> {
  const known = storedDeviceId();
  if (known) return Promise.resolve(known);
  pending ??= requestDeviceId().finally(() => (pending = null));
  return pending;
}

async function requestDeviceId(): Promise<string | null> {
  try {
    const response = await fetch(apiPath('/api/device'), { method: 'POST', signal: AbortSignal.timeout(10_000) });
    const body: unknown = await response.json();
    if (!response.ok || typeof body !== 'object' || body === null || !('deviceId' in body)) return null;
    const id = body.deviceId;
    if (typeof id !== 'string' || !looksIssued(id)) return null;
    writeItem(deviceIdKey, id);
    return (cached = id);
  } catch {
    return null;
  }
}

/** The server no longer knows this id (a new server key): forget it, the next connect asks again. */
export function forgetDeviceId(): void {
  cached = null;
  removeItem(deviceIdKey);
}
