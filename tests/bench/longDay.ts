import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MixOutcome } from './longDayMix.js';

interface Ready {
  url: string;
  hostTokens: string[];
  seq: number;
  retention: number;
  /** Changes the live state holds in memory (its catch-up window). */
  kept: number;
  startMs: number;
  mix: MixOutcome | null;
}

interface Memory {
  rssBytes: number;
  heapUsedBytes: number;
}

/** One server's figures: memory after a forced GC, and what its rare requests cost. */
export interface LongDayServer {
  rssMb: number;
  heapUsedMb: number;
  keptChanges: number;
  startMs: number;
  /** A stand's hosts' snapshot, the first time one asks (its view read from the store), and again. */
  standViewFirstMs: number;
  standViewAgainMs: number;
  /** `/api/changes` from the oldest seq the window still serves. */
  catchUpAtEdgeMs: number;
  catchUpAtEdgeBytes: number;
}

export interface LongDayFigures {
  changes: number;
  commands: number;
  commitMs: number;
  refused: Record<string, number>;
  /** After the day's commits, in the process that made them. */
  long: LongDayServer;
  /** A fresh process started on the same store: the same state, no history lived through. */
  fresh: LongDayServer;
  /** long.rss / fresh.rss: goal ≤ 1.25. */
  rssRatio: number;
}

const nextMessage = <T>(child: ChildProcess): Promise<T> =>
  new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`long-day server exited (${code})`)));
  });

async function timed(url: string, token?: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const bytes = (await response.arrayBuffer()).byteLength;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return { ms: Math.round((performance.now() - started) * 10) / 10, bytes };
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

async function measure(filename: string, args: string[]): Promise<{ ready: Ready; server: LongDayServer }> {
  const child = fork(fileURLToPath(new URL('./longDayServer.ts', import.meta.url)), [filename, ...args], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: 'inherit',
  });
  try {
    const ready = await nextMessage<Ready>(child);
    child.send('memory');
    const memory = await nextMessage<Memory>(child);
    const [first, again] = [await timed(`${ready.url}/api/snapshot`, ready.hostTokens[0]), await timed(`${ready.url}/api/snapshot`, ready.hostTokens[0])];
    const edge = await timed(`${ready.url}/api/changes?since=${Math.max(0, ready.seq - ready.retention)}`);
    const server: LongDayServer = {
      rssMb: mb(memory.rssBytes), heapUsedMb: mb(memory.heapUsedBytes), keptChanges: ready.kept, startMs: ready.startMs,
      standViewFirstMs: first.ms, standViewAgainMs: again.ms, catchUpAtEdgeMs: edge.ms, catchUpAtEdgeBytes: edge.bytes,
    };
    return { ready, server };
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/**
 * The long-day section: a server commits `changes` changes of a day's mix through the command
 * path, then a second process starts on the same SQLite file. Memory (RSS and heap after a forced
 * GC) of the first against the second says whether memory grows with the log.
 */
export async function longDayFigures(changes: number): Promise<LongDayFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'ortstermin-bench-long-day-'));
  try {
    const filename = join(dir, 'long-day.db');
    const long = await measure(filename, ['commit', String(changes)]);
    const fresh = await measure(filename, ['start']);
    const mix = long.ready.mix!;
    return {
      changes: long.ready.seq, commands: mix.commands, commitMs: mix.ms, refused: mix.refused,
      long: long.server, fresh: fresh.server, rssRatio: Math.round((long.server.rssMb / fresh.server.rssMb) * 100) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printLongDayFigures(f: LongDayFigures): void {
  console.log(`\nlong day (${f.changes} changes from ${f.commands} commands in ${(f.commitMs / 1000).toFixed(0)} s)`);
  console.log(`  RSS after a forced GC: ${f.long.rssMb} MB after the day vs ${f.fresh.rssMb} MB started on the same state: ${f.rssRatio}× (goal ≤ 1.25)`);
  console.log(`  heap used: ${f.long.heapUsedMb} MB vs ${f.fresh.heapUsedMb} MB; changes kept in memory: ${f.long.keptChanges} vs ${f.fresh.keptChanges}`);
  for (const [name, s] of [['after the day', f.long], ['fresh start', f.fresh]] as const) {
    console.log(`  ${name}: stand view ${s.standViewFirstMs} ms first (from the store), ${s.standViewAgainMs} ms again; catch-up at the window's edge ${s.catchUpAtEdgeMs} ms (${Math.round(s.catchUpAtEdgeBytes / 1024)} KB)`);
  }
  console.log(`  fresh start read the log in ${f.fresh.startMs} ms`);
  const refused = Object.entries(f.refused);
  if (refused.length > 0) console.log(`  refused commands (part of the mix): ${refused.map(([what, n]) => `${what} ×${n}`).join(', ')}`);
}
