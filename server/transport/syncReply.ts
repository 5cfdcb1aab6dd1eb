import { gzipSync } from 'node:zlib';
import type { Change } from '../../shared/changes.js';
import type { SyncAck, SyncBody } from '../../shared/events.js';
import { schemaVersion } from '../../shared/publicState.js';
import { protocolVersion } from '../../shared/protocol.js';
import type { Actor } from '../../shared/roles.js';
import { encodeSyncBody, syncRequestSchema } from '../../shared/syncReply.js';
import type { Clock } from '../kernel/clock.js';
import { roomsFor, viewKey } from '../kernel/audience.js';
import type { LiveState } from '../kernel/liveState.js';

const invalid = { kind: 'error', code: 'invalid_command' } as const;

/**
 * What a (re)connecting device missed: the changes when they are in the window, else a snapshot;
 * the key names that body for the cache.
 */
function missed(
  request: unknown,
  actor: Actor,
  live: LiveState,
): { key: string; kind: SyncBody['kind']; body: () => SyncBody; gzip: boolean } | null {
  const parsed = syncRequestSchema.safeParse(request);
  if (!parsed.success) return null;
  const { lastSeq } = parsed.data;
  const gzip = parsed.data.gzip === true;
  const rooms = roomsFor(actor);
  const audience = viewKey(rooms);
  const changes = lastSeq !== null && parsed.data.schemaVersion === schemaVersion ? live.changesAfter(lastSeq, rooms) : null;
  if (changes) return { key: `${lastSeq} ${audience}`, kind: 'changes', body: () => changesBody(changes, live), gzip };
  return { key: `snapshot ${audience}`, kind: 'snapshot', body: () => ({ kind: 'snapshot', snapshot: live.snapshotFor(rooms) }), gzip };
}

/** The seq before the changes: what a body is about stands in its first bytes, packed or not. */
function changesBody(changes: Change[], live: LiveState): SyncBody {
  return { kind: 'changes', seq: live.seq(), changes };
}

/** Distinct bodies kept per seq; beyond it the cache starts over (many old lastSeqs at once). */
const maxBodies = 64;
/** Below this a body goes as it is: gzip's header and the phone's unpacking would cost more than they save. */
export const minGzipBytes = 1024;

/**
 * Catch-up bodies, each encoded once per seq and audience and shared by every device that asks
 * the same, over the socket or HTTP: a reconnect storm or a loop of `/api/changes` costs one
 * serialisation, not thousands. One per event, beside its live state.
 */
export interface SyncBodies {
  encoded(key: string, body: () => SyncBody): Uint8Array;
  /**
   * The same body gzip'd, for a phone that can unpack it (a catch-up's JSON shrinks to a fifth or
   * less on the hall's Wi-Fi), made once per body when first asked for; null for a small body.
   */
  gzipped(key: string, body: () => SyncBody): Uint8Array | null;
  /** `/api/changes`: the changes after `since` as the socket's catch-up sends them, or null outside the window. */
  changes(since: number, rooms: readonly string[]): Uint8Array | null;
  /** The largest body encoded so far: what a phone's buffer must have room for (`slowReaders.ts`). */
  largest(): number;
}

export function createSyncBodies(live: LiveState): SyncBodies {
  const bodies = new Map<string, { json: Uint8Array; gzip?: Uint8Array }>();
  let validFor = '';
  let largest = 0;
  function entry(key: string, body: () => SyncBody): { json: Uint8Array; gzip?: Uint8Array } {
    const now = `${live.generation()}:${live.seq()}`;
    if (now !== validFor) {
      bodies.clear();
      validFor = now;
    }
    let found = bodies.get(key);
    if (!found) {
      if (bodies.size >= maxBodies) bodies.clear();
      bodies.set(key, (found = { json: encodeSyncBody(body()) }));
      largest = Math.max(largest, found.json.length);
    }
    return found;
  }
  const encoded = (key: string, body: () => SyncBody) => entry(key, body).json;
  return {
    encoded,
    gzipped(key, body) {
      const found = entry(key, body);
      if (found.json.length < minGzipBytes) return null;
      // Level 1: a megabyte programme packs in a few ms, once per seq; higher levels save little more on JSON.
      found.gzip ??= gzipSync(found.json, { level: 1 });
      return found.gzip;
    },
    largest: () => largest,
    changes(since, rooms) {
      const key = `${since} ${viewKey(rooms)}`;
      // The window is checked before the cache: a cached body stays valid only for this seq.
      const changes = live.changesAfter(since, rooms);
      return changes ? encoded(key, () => changesBody(changes, live)) : null;
    },
  };
}

/** Sync acks as the socket sends them, from the event's shared bodies. */
export function createSyncAcks(
  live: LiveState,
  clock: Clock,
  onServed?: (kind: SyncBody['kind']) => void,
  /** The protocol version this server speaks, told to every device with its catch-up. */
  protocol = protocolVersion,
  bodies: SyncBodies = createSyncBodies(live),
): (request: unknown, actor: Actor) => SyncAck {
  return (request, actor) => {
    const found = missed(request, actor, live);
    if (!found) return invalid;
    onServed?.(found.kind);
    const gzip = found.gzip ? bodies.gzipped(found.key, found.body) : null;
    if (gzip) return { kind: 'encoded', body: gzip, encoding: 'gzip', serverTime: clock.now(), protocol };
    return { kind: 'encoded', body: bodies.encoded(found.key, found.body), serverTime: clock.now(), protocol };
  };
}
