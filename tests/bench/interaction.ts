import { randomUUID } from 'node:crypto';
import type { Generators } from './cluster.js';
import type { LightSocket } from './lightSocket.js';
import { max, now, percentile, sleep } from './stats.js';
import { socketEvents } from '../../shared/events.js';

/** Scenarios 4 and 5, run in an app session whose devices are connected. */
const sessionId = 'eroeffnung';
const command = (type: string, payload: unknown) => ({ id: randomUUID(), type, payload });

export interface QuestionsResult {
  perS: number;
  acked: number;
}

/** `askers` devices ask at once, `perDevice` questions each; pre-moderation sends them to staff only. */
export async function questionsPhase(gens: Generators, moderator: LightSocket, askers: number, perDevice: number): Promise<QuestionsResult> {
  await moderator.emitWithAck(socketEvents.command, command('moderation:set-mode', { sessionId: null, mode: 'pre' }));
  await sleep(200);
  const startAt = now() + 100;
  const per = Math.ceil(askers / gens.rpcs.length);
  const results = await gens.all<{ acked: number; lastAck: number }>('ask', (i) => ({
    count: Math.max(0, Math.min(per, askers - i * per)),
    perDevice,
    sessionId,
    startAt,
  }));
  const acked = results.reduce((sum, r) => sum + r.acked, 0);
  const seconds = (Math.max(...results.map((r) => r.lastAck)) - startAt) / 1000;
  return { perS: acked / seconds, acked };
}

export interface VotesResult {
  voters: number;
  watchers: number;
  acked: number;
  /** Vote-count messages received by all watchers together. */
  messagesSent: number;
  messagesPerWatcherPerS: number;
  /** From the last vote's send until a watcher shows the final count. */
  finalP99Ms: number | null;
  finalMaxMs: number | null;
  missing: number;
  /** One broadcast per vote: votes × watchers (computed, not run). */
  naiveMessages: number;
}

export async function votesPhase(gens: Generators, moderator: LightSocket, voters: number): Promise<VotesResult> {
  await moderator.emitWithAck(socketEvents.command, command('moderation:set-mode', { sessionId: null, mode: 'post' }));
  const questionId = randomUUID();
  const target = { kind: 'session', id: sessionId };
  await moderator.emitWithAck(socketEvents.command, command('question:ask', { questionId, target, text: 'Wo finde ich die Folien?' }));
  await sleep(150);
  const watchers = gens.n;
  voters = Math.min(voters, watchers);
  const startAt = now() + 100;
  const results = await gens.all<{ seen: Float64Array; lastSent: number; acked: number; voteMessages: number }>(
    'vote',
    () => ({ voters, questionId, startAt, spreadMs: 1000, final: voters }),
  );
  const lastSent = Math.max(...results.map((r) => r.lastSent));
  const seen = results.flatMap((r) => Array.from(r.seen));
  const latencies = seen.filter((t) => !Number.isNaN(t)).map((t) => t - lastSent);
  const messagesSent = results.reduce((sum, r) => sum + r.voteMessages, 0);
  const lastSeen = Math.max(...seen.filter((t) => !Number.isNaN(t)), lastSent);
  return {
    voters,
    watchers,
    acked: results.reduce((sum, r) => sum + r.acked, 0),
    messagesSent,
    messagesPerWatcherPerS: messagesSent / watchers / ((lastSeen - startAt) / 1000),
    finalP99Ms: percentile(latencies, 99),
    finalMaxMs: max(latencies),
    missing: seen.length - latencies.length,
    naiveMessages: voters * watchers,
  };
}
