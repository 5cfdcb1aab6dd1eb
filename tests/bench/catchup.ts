import type { Generators, ServerUnderTest } from './cluster.js';
import { commandFor } from './fanout.js';
import type { LightSocket } from './lightSocket.js';
import { max, now, percentile, sleep } from './stats.js';
import { socketEvents } from '../../shared/events.js';

/**
 * Scenario 3: every device goes offline, the moderator makes `changes` changes, and all devices
 * come back within one second, either with their last seq (catch-up) or with none (a full
 * snapshot each, the comparison).
 */
export type StormMode = 'changes' | 'snapshot';

export interface StormResult {
  /** From the first reconnect until the last device has the newest seq. */
  convergeMs: number | null;
  notConverged: number;
  loopStallMaxMs: number;
  /** Median bytes a device received on its new socket until converged. */
  bytesPerClient: number | null;
  /** Bytes of the missed changes as sent live (what catch-up should not exceed). */
  missedBytes: number;
  serverCpuMs: number;
  /** The load generators' CPU over the storm, % of their core. */
  clientCpuPct: number;
}

/**
 * Devices must be connected; they go offline, the moderator makes `changes` changes (their
 * commands numbered from `first`), and all come back within one second.
 */
export async function stormPhase(
  gens: Generators,
  server: ServerUnderTest,
  moderator: LightSocket,
  options: { mode: StormMode; changes: number; first: number },
): Promise<StormResult> {
  const n = gens.n;
  await gens.disconnect();
  let missedBytes = 0;
  moderator.onEvent = (name, _args, bytes) => (missedBytes += name === socketEvents.change ? bytes : 0);
  let targetSeq = 0;
  for (let k = options.first; k < options.first + options.changes; k += 1) {
    const ack = await moderator.emitWithAck<{ ok: boolean; seq?: number }>(socketEvents.command, commandFor(k % 2 ? 'move' : 'announcement', k));
    if (!ack.ok || ack.seq === undefined) throw new Error(`the storm's change ${k} was refused: ${JSON.stringify(ack).slice(0, 200)}`);
    targetSeq = ack.seq;
  }
  await sleep(200);
  moderator.onEvent = () => {};
  await server.rpc.call('loopStart');
  const cpuBefore = await server.cpuUs();
  const startAt = now() + 100;
  const storms = await gens.all<{ starts: Float64Array; converged: Float64Array; bytes: Float64Array; cpuUs: number }>(
    'storm',
    () => ({ startAt, spreadMs: 1000, total: n, targetSeq, fresh: options.mode === 'snapshot' }),
    600_000,
  );
  const loopStallMaxMs = await server.rpc.call<number>('loopStop');
  const serverCpuMs = ((await server.cpuUs()) - cpuBefore) / 1000;
  const converged = storms.flatMap((s) => Array.from(s.converged));
  const firstStart = Math.min(...storms.map((s) => Math.min(...s.starts)));
  const last = max(converged);
  return {
    convergeMs: last === null ? null : last - firstStart,
    notConverged: converged.filter(Number.isNaN).length,
    loopStallMaxMs,
    bytesPerClient: percentile(storms.flatMap((s) => Array.from(s.bytes)), 50),
    missedBytes,
    serverCpuMs,
    clientCpuPct: (100 * storms.reduce((sum, s) => sum + s.cpuUs, 0)) / 1000 / Math.max(1, now() - startAt),
  };
}
