import { randomUUID } from 'node:crypto';
import type { Generators, ServerUnderTest } from './cluster.js';
import type { LightSocket } from './lightSocket.js';
import { max, now, percentile, sleep } from './stats.js';
import { socketEvents } from '../../shared/events.js';

const command = (type: string, payload: unknown) => ({ id: randomUUID(), type, payload });

export interface PollBurstResult {
  voters: number;
  watchers: number;
  acked: number;
  seconds: number;
  /** Poll result messages per watching device per second of the burst (goal ≤ 5). */
  messagesPerWatcherPerS: number;
  /** Result messages that reached attendee devices in all (hidden: must be 0). */
  messagesSent: number;
  /** The server's CPU over the burst, as a share of its one core. */
  serverCpuPct: number;
  serverCpuMs: number;
  finalP99Ms: number | null;
  finalMaxMs: number | null;
  missing: number;
}

/** One poll, `voters` devices voting over `spreadMs`, every connected device watching. */
async function burst(gens: Generators, server: ServerUnderTest, moderator: LightSocket, voters: number, spreadMs: number, revealed: boolean): Promise<PollBurstResult> {
  const pollId = randomUUID();
  const setup = { sessionId: 'eroeffnung', kind: 'rating', question: 'Wie bewerten Sie den Vortrag?', options: [], scale: 5 };
  await moderator.emitWithAck(socketEvents.command, command('poll:create', { pollId, setup }));
  await moderator.emitWithAck(socketEvents.command, command('poll:open', { pollId }));
  if (revealed) await moderator.emitWithAck(socketEvents.command, command('poll:reveal', { pollId }));
  await sleep(500);
  const watchers = gens.n;
  voters = Math.min(voters, watchers);
  const cpuBefore = await server.cpuUs();
  const startAt = now() + 200;
  const results = await gens.all<{ seen: Float64Array; lastSent: number; acked: number; resultMessages: number }>(
    'pollVote',
    () => ({ voters, pollId, startAt, spreadMs, final: revealed ? voters : null }),
    120_000,
  );
  const end = now();
  const serverCpuMs = ((await server.cpuUs()) - cpuBefore) / 1000;
  const lastSent = Math.max(...results.map((r) => r.lastSent));
  const seen = revealed ? results.flatMap((r) => Array.from(r.seen)) : [];
  const latencies = seen.filter((t) => !Number.isNaN(t)).map((t) => t - lastSent);
  const messagesSent = results.reduce((sum, r) => sum + r.resultMessages, 0);
  const seconds = (Math.max(lastSent, ...latencies.map((l) => l + lastSent)) - startAt) / 1000;
  return {
    voters,
    watchers,
    acked: results.reduce((sum, r) => sum + r.acked, 0),
    seconds: Number(seconds.toFixed(2)),
    messagesPerWatcherPerS: Number((messagesSent / watchers / seconds).toFixed(2)),
    messagesSent,
    serverCpuPct: Number(((100 * serverCpuMs) / (end - startAt)).toFixed(1)),
    serverCpuMs: Math.round(serverCpuMs),
    finalP99Ms: percentile(latencies, 99),
    finalMaxMs: max(latencies),
    missing: seen.length - latencies.length,
  };
}

/**
 * The polls section: 1,000 phones voting within ten seconds while thousands watch, once with
 * the results hidden (attendees must get nothing) and once revealed (coalesced counts).
 */
export async function pollsPhase(gens: Generators, server: ServerUnderTest, moderator: LightSocket, voters: number) {
  const hidden = await burst(gens, server, moderator, voters, 10_000, false);
  const revealed = await burst(gens, server, moderator, voters, 10_000, true);
  return { hidden, revealed };
}
