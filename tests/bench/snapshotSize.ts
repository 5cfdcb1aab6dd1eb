import { gzipSync } from 'node:zlib';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { systemClock } from '../../server/kernel/clock.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { createLiveState } from '../../server/kernel/liveState.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { createSyncAcks } from '../../server/transport/syncReply.js';
import type { Programme } from '../../shared/model.js';
import { schemaVersion } from '../../shared/publicState.js';
import { anonymousAttendee } from '../../shared/roles.js';
import { largeEvent } from './largeEvent.js';

/**
 * The snapshot a new phone receives: the programme loaded as the server loads it (one
 * `programme:loaded` change), then the sync reply as the server builds it for an attendee.
 */
export async function snapshotBytes(programme: Programme): Promise<{ bytes: number; gzipBytes: number }> {
  const store = createSqliteStore({ filename: ':memory:' });
  try {
    await loadProgrammeIfEmpty(store.log, systemClock, () => programme);
    const live = await createLiveState(store.log, { retention: 5000 });
    const ack = createSyncAcks(live, systemClock)({ lastSeq: null, schemaVersion }, anonymousAttendee);
    if (ack.kind !== 'encoded') throw new Error(`expected a snapshot, got ${ack.kind}`);
    const json = new Uint8Array(ack.body);
    return { bytes: json.length, gzipBytes: gzipSync(json).length };
  } finally {
    await store.close();
  }
}

export async function snapshotFigures(date: string): Promise<{ demo: Awaited<ReturnType<typeof snapshotBytes>>; large: Awaited<ReturnType<typeof snapshotBytes>> }> {
  return { demo: await snapshotBytes(loadDemoEvent(date)), large: await snapshotBytes(largeEvent(date)) };
}
