import { z } from 'zod';
import type { SyncReply } from '../../shared/events.js';
import { schemaVersion } from '../../shared/model.js';
import type { Actor } from '../../shared/roles.js';
import type { Clock } from '../clock.js';
import { roomsFor } from '../state/audience.js';
import type { LiveState } from '../state/liveState.js';

const syncRequestSchema = z.object({
  lastSeq: z.number().int().min(0).nullable(),
  schemaVersion: z.number().int(),
});

/** What a (re)connecting device missed: the changes when they are in the window, else a snapshot. */
export function syncReply(request: unknown, actor: Actor, live: LiveState, clock: Clock): SyncReply {
  const parsed = syncRequestSchema.safeParse(request);
  if (!parsed.success) return { kind: 'error', code: 'invalid_command' };
  const { lastSeq } = parsed.data;
  const serverTime = clock.now();
  const rooms = roomsFor(actor);
  const changes =
    lastSeq !== null && parsed.data.schemaVersion === schemaVersion ? live.changesAfter(lastSeq, rooms) : null;
  if (changes) return { kind: 'changes', changes, seq: live.seq(), serverTime };
  return { kind: 'snapshot', snapshot: live.snapshotFor(rooms), serverTime };
}
