import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes.js';
import { applyLiveChange, applySyncReply, freshDevice, type DeviceState } from '../../shared/deviceState.js';
import { emptyState, schemaVersion } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import type { Actor } from '../../shared/roles.js';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { createServer, type OrtsterminServer } from '../../server/createServer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { isVisibleIn, roomsFor } from '../../server/kernel/audience.js';
import type { Store } from '../../server/kernel/store.js';
import { createSyncAcks } from '../../server/transport/syncReply.js';
import { parseSyncReply } from '../../shared/syncReply.js';
import { createFakeClock } from './fakeClock.js';

/** One event's storage for one property run: opened again at every restart, removed at the end. */
export type EventStorage = () => Promise<{ open(): Promise<Store>; remove(): Promise<void> }>;

const moderator: Actor = { role: 'moderator', deviceId: 'mod-device' };
const attendee: Actor = { role: 'attendee', deviceId: 'att-device' };
const sessions = ['eroeffnung', 'digitale-doerfer', 'westpfalz-wiki', 'ausblick'];
const rooms = ['auditorium', 'seminar-1', 'seminar-2'];

const commandArb = fc.oneof(
  fc.record({ type: fc.constant('session:move'), payload: fc.record({ sessionId: fc.constantFrom(...sessions), roomId: fc.constantFrom(...rooms) }) }),
  fc.record({ type: fc.constant('session:rename'), payload: fc.record({ sessionId: fc.constantFrom(...sessions), title: fc.string({ minLength: 1, maxLength: 20 }) }) }),
  fc.record({ type: fc.constantFrom('session:cancel', 'session:reinstate'), payload: fc.record({ sessionId: fc.constantFrom(...sessions) }) }),
  fc.record({ type: fc.constant('announcement:post'), payload: fc.record({ level: fc.constantFrom('info', 'urgent'), text: fc.string({ minLength: 1, maxLength: 30 }) }) }),
  fc.record({ type: fc.constant('moderation:set-mode'), payload: fc.record({ sessionId: fc.constant(null), mode: fc.constantFrom('pre', 'post') }) }),
  fc.record({ type: fc.constant('question:ask'), payload: fc.record({ questionId: fc.uuid({ version: 4 }), target: fc.constant({ kind: 'session', id: 'eroeffnung' }), text: fc.constant('Frage?') }) }),
);

type Step =
  | { kind: 'command'; command: { type: string; payload: unknown } }
  | { kind: 'approve-latest' }
  | { kind: 'disconnect' | 'reconnect' | 'duplicate' | 'restart'; who: 0 | 1; staleBy: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: commandArb.map((command) => ({ kind: 'command' as const, command })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'approve-latest' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('disconnect', 'reconnect', 'duplicate', 'restart'), who: fc.constantFrom(0 as const, 1 as const), staleBy: fc.nat(8) }) },
);

interface SimDevice {
  actor: Actor;
  rooms: string[];
  online: boolean;
  local: DeviceState;
  delivered: Change[];
}

/** The convergence property, run per store: `runs` runs of up to forty steps, restarts included. */
export function registerConvergenceProperty(storeName: string, storage: EventStorage, runs: number): void {
describe(`a device converges to the server whatever the network does (${storeName})`, () => {
  it('ends equal to the snapshot: no change lost, applied twice or out of order', { timeout: 120_000 }, async ({ signal }) => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 5, maxLength: 40 }), async (steps) => {
        // Each run owns its folder and removes it itself, and a timed-out test stops its property
        // at the next step: nothing runs on to recreate a removed folder or leave one behind.
        if (signal.aborted) return;
        const event = await storage();
        try {
          const clock = createFakeClock();
          const open = async (): Promise<{ server: OrtsterminServer; store: Store; acks: ReturnType<typeof createSyncAcks>; close: () => Promise<void> }> => {
            const store = await event.open();
            await loadProgrammeIfEmpty(store.log, clock, () => loadDemoEvent('2026-05-14'));
            const server = await createServer({ store, clock, config: { retention: 6, voteFlushMs: 5 } });
            // The socket's own acks (bodies encoded once and shared), read as a phone reads them.
            const acks = createSyncAcks(server.live, clock);
            return { server, store, acks, close: async () => { server.runtime.parts.questions.own.counts.stop(); await server.runtime.pipeline.idle(); await store.close(); } };
          };
          let current = await open();
          try {
            const devices: SimDevice[] = [attendee, moderator].map((actor) => ({ actor, rooms: roomsFor(actor), online: false, local: freshDevice, delivered: [] }));
            const reconnect = (d: SimDevice, staleBy: number) => {
              const claimed = d.local.lastSeq === null ? null : Math.max(0, d.local.lastSeq - staleBy);
              const reply = parseSyncReply(current.acks({ lastSeq: claimed, schemaVersion }, d.actor));
              if (!reply) throw new Error('the device could not read the sync reply');
              d.local = applySyncReply(d.local, reply);
              d.online = true;
            };
            const deliver = (changes: readonly Change[]) => {
              for (const d of devices.filter((x) => x.online)) {
                for (const change of changes.filter((c) => isVisibleIn(c.audience, new Set(d.rooms)))) {
                  d.local = applyLiveChange(d.local, change);
                  d.delivered.push(change);
                }
              }
            };

            for (const step of steps) {
              if (signal.aborted) return;
              const before = current.server.live.seq();
              if (step.kind === 'command') {
                await current.server.dispatch(moderator, { id: randomUUID(), ...step.command });
              } else if (step.kind === 'approve-latest') {
                const pending = Object.values(current.server.live.state().questions).find((q) => q.status === 'pending');
                if (pending) await current.server.dispatch(moderator, { id: randomUUID(), type: 'question:approve', payload: { questionId: pending.id } });
              } else {
                const d = devices[step.who]!;
                if (step.kind === 'disconnect') d.online = false;
                if (step.kind === 'reconnect') reconnect(d, step.staleBy);
                if (step.kind === 'duplicate' && d.delivered.length > 0) d.local = applyLiveChange(d.local, d.delivered[d.delivered.length - 1 - (step.staleBy % d.delivered.length)]!);
                if (step.kind === 'restart') {
                  await current.close();
                  current = await open();
                  devices.forEach((x) => (x.online = false));
                }
              }
              deliver(current.server.live.changesAfter(before, ['public', 'staff']) ?? []);
              // At every moment a device shows exactly the changes it may see, up to its seq, once each, in order.
              const log = await current.store.log.changesAfter(0, 100_000);
              for (const d of devices.filter((x) => x.local.lastSeq !== null)) {
                const seen = new Set(d.rooms);
                const expected = applyChanges(emptyState, log.filter((c) => c.seq <= d.local.lastSeq! && isVisibleIn(c.audience, seen)));
                expect(d.local.state).toEqual(expected);
              }
            }
            for (const d of devices) {
              reconnect(d, 0);
              expect(d.local.lastSeq).toBe(current.server.live.seq());
              expect(d.local.state).toEqual(current.server.live.snapshotFor(d.rooms).state);
            }
          } finally {
            await current.close();
          }
        } finally {
          await event.remove();
        }
      }),
      { numRuns: runs },
    );
  });
});
}
