import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import WebSocket from 'ws';
import { protocolVersion } from '../../shared/protocol.js';
import { schemaVersion } from '../../shared/publicState.js';
import type { ChaosServer } from './chaosServer.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The server process's resident memory, in MB (Linux). */
export function residentMb(pid: number | undefined): number {
  if (!pid) return 0;
  const line = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(line ?? 0) / 1024);
}

/** A phone that joins, asks for the snapshot again and again, and never reads an answer. */
function slowReader(url: string, syncs: number): Promise<WebSocket> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
  return new Promise((joined, failed) => {
    ws.once('error', failed);
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith('0')) ws.send(`40${JSON.stringify({ protocol: protocolVersion })}`);
      if (!text.startsWith('40')) return;
      (ws as unknown as { _socket: { pause(): void } })._socket.pause();
      for (let i = 0; i < syncs; i++) ws.send(`42${i}${JSON.stringify(['sync', { lastSeq: null, schemaVersion }])}`);
      joined(ws);
    });
  });
}

/**
 * Phones that keep their connection but stop reading, each asking for many snapshots: the
 * server must end them (the per-socket bound) and stay within its memory. Resuming the readers
 * afterwards shows which connections the server closed.
 */
export async function slowReaderRound(server: ChaosServer, readers: number, syncsEach: number) {
  const before = residentMb(server.pid);
  const sockets = await Promise.all(Array.from({ length: readers }, () => slowReader(server.url, syncsEach)));
  let peak = before;
  for (let i = 0; i < 20; i++) {
    await sleep(250);
    peak = Math.max(peak, residentMb(server.pid));
  }
  const closed = sockets.map((ws) => new Promise<boolean>((r) => (ws.readyState === WebSocket.CLOSED ? r(true) : ws.once('close', () => r(true)))));
  for (const ws of sockets) (ws as unknown as { _socket: { resume(): void } })._socket.resume();
  const ended = (await Promise.all(closed.map((c) => Promise.race([c, sleep(3000).then(() => false)])))).filter(Boolean).length;
  sockets.forEach((ws) => ws.terminate());
  return { slow_readers: readers, slow_readers_ended: ended, rss_mb_before: before, rss_mb_peak: peak, rss_mb_after: residentMb(server.pid) };
}

/**
 * A full disk for `ms`: every write of the server fails as ENOSPC (strace, as the start-up test
 * does), while `during` queues commands. `/api/ready` is asked in the middle: it must say 503.
 */
export async function fullDiskRound(server: ChaosServer, ms: number, during: () => void): Promise<{ ready_during_full_disk: number }> {
  if (!server.pid) return { ready_during_full_disk: 0 };
  const strace = spawn('strace', ['-f', '-qq', '-o', '/dev/null', '-p', String(server.pid), '-e', 'trace=pwrite64', '-e', 'inject=pwrite64:error=ENOSPC'], { stdio: 'ignore' });
  await sleep(300); // attached by then
  during();
  await sleep(ms / 2);
  const ready = await fetch(`${server.url}/api/ready`).then((r) => r.status, () => 0);
  await sleep(ms / 2);
  const done = new Promise((r) => strace.once('exit', r));
  strace.kill('SIGINT');
  await done;
  return { ready_during_full_disk: ready };
}
