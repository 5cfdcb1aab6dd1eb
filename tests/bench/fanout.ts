import { randomUUID } from 'node:crypto';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { localDate } from '../../shared/time.js';
import { cpuShare, type Generators, type ServerUnderTest } from './cluster.js';
import type { LightSocket } from './lightSocket.js';
import { max, now, percentile, sleep } from './stats.js';
import { socketEvents } from '../../shared/events.js';

/** Scenarios 1 and 2: one change at a time from the moderator to every device, timed per device. */
// The server puts the demo on today's date; moves must stay within the event's days (issue 11).
const demo = loadDemoEvent(localDate(new Date(), 'Europe/Berlin'));
const text = 'Der Vortrag im Auditorium beginnt zehn Minuten später. Bitte nutzen Sie die Zeit für einen Kaffee im Foyer.';

export type Trigger = 'announcement' | 'move';

export function commandFor(kind: Trigger, k: number): { id: string; type: string; payload: Record<string, string> } {
  if (kind === 'announcement') return { id: randomUUID(), type: 'announcement:post', payload: { level: 'info', text: `${k}: ${text}` } };
  const session = demo.sessions[k % demo.sessions.length]!;
  // Within the event's first eight hours whatever k is: a move past the event's days is refused.
  const startsAt = new Date(Date.parse(demo.event.startsAt) + ((k % 96) + 1) * 5 * 60_000);
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  const roomId = demo.rooms[k % demo.rooms.length]!.id;
  return { id: randomUUID(), type: 'session:move', payload: { sessionId: session.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), roomId } };
}

export interface FanoutResult {
  p50: number | null;
  p99: number | null;
  max: number | null;
  /** Server CPU (user + system) per delivered message, µs. */
  cpuUsPerMsg: number;
  /** Send to the moderator's ack: for the app, the durable commit (an fsync) and the broadcast. */
  ackP50: number | null;
  ackP99: number | null;
  /** Device receipts that never came. */
  missing: number;
  clientCpuPct: number;
  /** The same latencies for each load generator's devices alone (the cluster section puts them on different processes). */
  byGenerator: { p50: number | null; p99: number | null }[];
}

export async function fanoutPhase(
  gens: Generators,
  server: ServerUnderTest,
  moderator: LightSocket,
  options: { kind: Trigger; count: number; gapMs: number },
): Promise<FanoutResult> {
  const { count } = options;
  const before = await gens.all<{ cpuUs: number }>('phaseStart', () => ({ expect: count }));
  const serverBefore = await server.cpuUs();
  const start = now();
  const sentAt = new Float64Array(count);
  const ackMs = new Float64Array(count).fill(NaN);
  for (let k = 0; k < count; k += 1) {
    const received = gens.allReceived(k, 10_000);
    sentAt[k] = now();
    const acked = moderator.emitWithAck(socketEvents.command, commandFor(options.kind, k)).then(() => (ackMs[k] = now() - sentAt[k]!));
    await Promise.all([received, acked]);
    await sleep(options.gapMs);
  }
  const serverCpu = (await server.cpuUs()) - serverBefore;
  const ends = await gens.all<{ times: Float64Array; cpuUs: number }>('phaseEnd', () => undefined);
  const clientCpuPct = cpuShare(before.map((b) => b.cpuUs), ends.map((e) => e.cpuUs), start);
  const latencies: number[] = [];
  const byGenerator: FanoutResult['byGenerator'] = [];
  let missing = 0;
  for (const { times } of ends) {
    const devices = times.length / count;
    const own: number[] = [];
    for (let k = 0; k < count; k += 1) {
      for (let i = 0; i < devices; i += 1) {
        const t = times[k * devices + i]!;
        if (Number.isNaN(t)) missing += 1;
        else own.push(t - sentAt[k]!);
      }
    }
    latencies.push(...own);
    byGenerator.push({ p50: percentile(own, 50), p99: percentile(own, 99) });
  }
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: max(latencies),
    cpuUsPerMsg: serverCpu / Math.max(1, latencies.length),
    ackP50: percentile(ackMs, 50),
    ackP99: percentile(ackMs, 99),
    missing,
    clientCpuPct,
    byGenerator,
  };
}
