import { eventScoped } from './eventAddress';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Command } from '../../shared/commands';
import type { DeviceState } from '../../shared/deviceState';
import { schemaVersion } from '../../shared/publicState';

export interface StoredDevice extends DeviceState {
  schemaVersion: number;
  savedAt: number;
  /** Staff and attendees see different changes: a state is only reused by the same audience. */
  audience: string;
}

/**
 * A command waiting in this device's outbox. Its id is made once: a resend after a crash or a
 * closed tab is recognised by the server.
 */
export type OutboxEntry = Command & { queuedAt: number };

interface OrtsterminDb extends DBSchema {
  device: { key: 'current'; value: StoredDevice };
  /** Read back as unknown: an entry written by an older version of the app is checked before it is sent. */
  outbox: { key: string; value: unknown; indexes: { byQueuedAt: number } };
}

let opened: Promise<IDBPDatabase<OrtsterminDb> | null> | null = null;

/** IndexedDB can be missing or refuse (private mode); the app then works from memory only. */
function db(): Promise<IDBPDatabase<OrtsterminDb> | null> {
  // Each event of a series in its own database: its state and its outbox never mix with another's.
  opened ??= openDB<OrtsterminDb>(eventScoped('ortstermin'), 1, {
    upgrade(database) {
      database.createObjectStore('device');
      database.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byQueuedAt', 'queuedAt');
    },
  }).catch(() => null);
  return opened;
}

export async function loadDevice(audience: string): Promise<DeviceState | null> {
  const stored = await (await db())?.get('device', 'current').catch(() => undefined);
  if (!stored || stored.schemaVersion !== schemaVersion || stored.audience !== audience) return null;
  return { state: stored.state, lastSeq: stored.lastSeq };
}

export async function saveDevice(device: DeviceState, audience: string): Promise<void> {
  const value: StoredDevice = { ...device, schemaVersion, audience, savedAt: Date.now() };
  await (await db())?.put('device', value, 'current').catch(() => undefined);
}

/** The stored entries, oldest first, unchecked (`outboxCheck.ts` checks them). */
export async function loadOutbox(): Promise<unknown[]> {
  return (await (await db())?.getAllFromIndex('outbox', 'byQueuedAt').catch(() => [])) ?? [];
}

export async function putQueued(entry: OutboxEntry): Promise<void> {
  await (await db())?.put('outbox', entry);
}

export async function deleteQueued(id: string): Promise<void> {
  await (await db())?.delete('outbox', id).catch(() => undefined);
}

/** Asks the browser not to evict our data under storage pressure; a refusal changes nothing. */
export function askPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => false);
}
