import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { ChaosDevice } from './chaosDevice.js';
import { ChaosServer, hasStrace } from './chaosServer.js';
import { fullDiskRound, slowReaderRound } from './chaosRounds.js';

export interface ChaosOptions {
  devices: number;
  kills: number;
  asksPerDevice: number;
  votesPerDevice: number;
  /** Inject fsync failures with strace (where it is installed). */
  faults: boolean;
  /** Phones that stop reading while asking for snapshots (a round after the kills); 0: none. */
  slowReaders?: number;
  /** Snapshots each of them asks for (all from one address: its catch-up budget is shared with the phones). */
  slowReaderSyncs?: number;
  /** A round of a full disk (ENOSPC injected with strace) while phones ask. */
  fullDisk?: boolean;
}

export const defaultChaos: ChaosOptions = { devices: 200, kills: 20, asksPerDevice: 3, votesPerDevice: 5, faults: hasStrace, slowReaders: 10, fullDisk: hasStrace };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const target = { kind: 'session', id: 'digitale-doerfer' } as const;
const snapshotReply = z.object({
  snapshot: z.object({ state: z.object({ questions: z.record(z.string(), z.object({ votes: z.number() })) }) }),
});

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Keeps each device voting on questions others got acknowledged, up to its share. */
function queueVotes(devices: ChaosDevice[], perDevice: number): void {
  const questions = devices.flatMap((d) => d.acked.filter((c) => c.type === 'question:ask').map((c) => String(c.payload.questionId)));
  if (questions.length === 0) return;
  for (const device of devices) {
    const voted = new Set([...device.acked, ...device.outbox].filter((c) => c.type === 'question:vote').map((c) => String(c.payload.questionId)));
    if (voted.size >= perDevice) continue;
    const candidate = questions[Math.floor(Math.random() * questions.length)]!;
    if (!voted.has(candidate)) device.queue('question:vote', { questionId: candidate, up: true });
  }
}

/** A few votes beyond the devices' share, so the server has commits to fail while syncs fail. */
function extraVotes(devices: ChaosDevice[], count: number): void {
  const questions = devices.flatMap((d) => d.acked.filter((c) => c.type === 'question:ask').map((c) => String(c.payload.questionId)));
  for (let i = 0; i < count && questions.length > 0; i++) {
    const device = devices[Math.floor(Math.random() * devices.length)]!;
    const voted = new Set([...device.acked, ...device.outbox].filter((c) => c.type === 'question:vote').map((c) => String(c.payload.questionId)));
    const candidate = questions.find((id) => !voted.has(id));
    if (candidate) device.queue('question:vote', { questionId: candidate, up: true });
  }
}

/**
 * The chaos battery: the real server, N phones asking and voting with outboxes, M kill -9 at
 * random moments with restarts on the same data, fsync failures injected with strace. Then it
 * checks the log and the attendees' counts against what was acknowledged.
 */
export async function runChaos(options: ChaosOptions) {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'ortstermin-chaos-'));
  const server = new ChaosServer(dataDir);
  const devices = Array.from({ length: options.devices }, () => new ChaosDevice(() => server.url));
  let [restarts, fsyncFaults, maxReconnectMs] = [0, 0, 0];
  try {
    await server.start();
    await Promise.all(devices.map((d) => d.start()));
    devices.forEach((d) => Array.from({ length: options.asksPerDevice }, (_, i) => d.queue('question:ask', { questionId: crypto.randomUUID(), target, text: `Chaosfrage ${i + 1}` })));
    const voter = setInterval(() => queueVotes(devices, options.votesPerDevice), 100);
    for (let round = 1; round <= options.kills; round++) {
      await sleep(100 + Math.random() * 1400);
      if (options.faults && round % 3 === 0) {
        // Votes during the fault: the vote's sync passes, the coalesced count's (and others) fail.
        await server.failSyncs(500 + Math.random() * 500, () => extraVotes(devices, 5));
        fsyncFaults++;
        if (!server.running) await server.start();
      }
      await server.kill();
      await sleep(Math.random() * 300);
      await server.start();
      restarts++;
      const readyAt = Date.now();
      await until(() => devices.every((d) => d.syncedAt >= readyAt), 60_000);
      maxReconnectMs = Math.max(maxReconnectMs, Math.max(...devices.map((d) => d.syncedAt)) - readyAt);
    }
    const rounds = await extraRounds(server, devices, options);
    // Everything still queued goes out; then the coalesced counts.
    const settle = () => devices.every((d) => d.outbox.length === 0) && devices.every((d) => d.acked.filter((c) => c.type === 'question:vote').length + d.refused.length >= Math.min(options.votesPerDevice, options.devices * options.asksPerDevice));
    await until(settle, 120_000);
    clearInterval(voter);
    await until(() => devices.every((d) => d.outbox.length === 0), 60_000);
    await sleep(1000);
    return { ...(await audit(server, dataDir, devices)), ...rounds, restarts, fsync_faults: fsyncFaults, failed_commits_survived: server.failedCommits, unexpected_exits: server.unexpectedExits, max_reconnect_ms: maxReconnectMs, seconds: Math.round((Date.now() - started) / 1000) };
  } finally {
    devices.forEach((d) => d.stop());
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The slow readers' and the full disk's rounds, each when asked for; their figures for the report. */
async function extraRounds(server: ChaosServer, devices: ChaosDevice[], options: ChaosOptions) {
  const slow = options.slowReaders ? await slowReaderRound(server, options.slowReaders, options.slowReaderSyncs ?? 100) : {};
  const asks = () => devices.slice(0, 20).forEach((d) => d.queue('question:ask', { questionId: crypto.randomUUID(), target, text: 'Frage bei voller Platte' }));
  const full = options.fullDisk ? await fullDiskRound(server, 1500, () => (asks(), extraVotes(devices, 10))) : {};
  return { ...slow, ...full };
}

/** What was acknowledged against what the log holds and what attendees see. */
async function audit(server: ChaosServer, dataDir: string, devices: ChaosDevice[]) {
  const askedIds = devices.flatMap((d) => d.acked.filter((c) => c.type === 'question:ask').map((c) => String(c.payload.questionId)));
  const db = new Database(join(dataDir, 'ortstermin.db'), { readonly: true });
  const stored = db.prepare("SELECT json_extract(data, '$.question.id') FROM changes WHERE type = 'question:asked'").pluck().all();
  db.close();
  const times = new Map<string, number>();
  for (const id of stored) times.set(String(id), (times.get(String(id)) ?? 0) + 1);
  const expectedVotes = new Map<string, Set<string>>(askedIds.map((id) => [id, new Set()]));
  for (const d of devices) for (const c of d.acked) if (c.type === 'question:vote') expectedVotes.get(String(c.payload.questionId))?.add(d.deviceId);
  const snapshot = snapshotReply.parse(await (await fetch(`${server.url}/api/snapshot`)).json());
  const shown = snapshot.snapshot.state.questions;
  const wrongCounts = [...expectedVotes].filter(([id, voters]) => shown[id]?.votes !== voters.size);
  return {
    devices: devices.length,
    acked: askedIds.length,
    present: askedIds.filter((id) => (times.get(id) ?? 0) >= 1).length,
    lost: askedIds.filter((id) => !times.has(id)).length,
    duplicated: [...times.values()].filter((n) => n > 1).length,
    votes_acked: [...expectedVotes.values()].reduce((sum, voters) => sum + voters.size, 0),
    vote_counts_wrong: wrongCounts.length,
    refused: devices.reduce((sum, d) => sum + d.refused.length, 0),
    internal_answers: devices.reduce((sum, d) => sum + d.internalAnswers, 0),
    unavailable_answers: devices.reduce((sum, d) => sum + d.unavailableAnswers, 0),
  };
}

export type ChaosReport = Awaited<ReturnType<typeof runChaos>>;

export const chaosFailed = (r: ChaosReport) => r.lost > 0 || r.duplicated > 0 || r.vote_counts_wrong > 0 || r.unexpected_exits > 0 || r.acked === 0;
