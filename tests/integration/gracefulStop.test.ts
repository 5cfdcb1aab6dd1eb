import { randomUUID } from 'node:crypto';
import { connect, type Socket as TcpSocket } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CommandResult } from '../../shared/errors.js';
import { socketEvents, type ClientToServerEventsReceived, type ServerToClientEvents } from '../../shared/events.js';
import { ServerProcess } from '../support/serverProcess.js';
import { eventually, issueDeviceId } from '../support/socketClient.js';

type Phone = Socket<ServerToClientEvents, ClientToServerEventsReceived>;

let server: ServerProcess | undefined;
const phones: Phone[] = [];
afterAll(async () => {
  phones.forEach((p) => p.disconnect());
  await server?.dispose();
});

const target = { kind: 'session' as const, id: 'digitale-doerfer' };
const commandLine = z.object({ kind: z.literal('command'), type: z.string(), outcome: z.string(), seq: z.number() });
const logSchema = z.object({ changes: z.array(z.object({ type: z.string(), data: z.unknown() })) });
const snapshotSchema = z.object({ snapshot: z.object({ state: z.object({ questions: z.record(z.string(), z.object({ votes: z.number() })) }) }) });

/** A phone as the app opens it: reconnects by itself, with socket.io's randomized backoff. */
function phone(url: string, deviceId: string): Phone {
  const socket: Phone = io(url, {
    transports: ['websocket'],
    forceNew: true,
    auth: { deviceId },
    reconnectionDelay: 300,
    reconnectionDelayMax: 3000,
    randomizationFactor: 0.5,
  });
  phones.push(socket);
  return socket;
}

const send = (socket: Phone, type: string, payload: unknown): Promise<CommandResult | null> =>
  socket
    .timeout(8000)
    .emitWithAck(socketEvents.command, { id: randomUUID(), type, payload })
    .catch(() => null);

describe('graceful stop', () => {
  it('SIGTERM with 100 phones and commands in flight: every acknowledged command is stored, every phone comes back', async () => {
    server = await new ServerProcess().start();
    const ids = await Promise.all(Array.from({ length: 100 }, () => issueDeviceId(server!.url)));
    const devices = ids.map((id) => phone(server!.url, id));
    await eventually(() => devices.every((d) => d.connected), 20_000);
    const told = new Set<Phone>();
    devices.forEach((d) => d.on(socketEvents.serverRestarting, () => told.add(d)));
    const questionId = randomUUID();
    const first = await send(devices[0]!, 'question:ask', { questionId, target, text: 'Wofür stimmen alle?' });
    expect(first).toMatchObject({ ok: true });

    // Each phone votes once, then asks up to five questions one after the other (its outbox).
    const ackedAsks: string[] = [];
    const ackedSeqs = new Set<number>(first?.ok ? [first.seq] : []);
    let ackedVotes = 0;
    let terminated: Promise<void> | null = null;
    const work = devices.map(async (d) => {
      if ((await send(d, 'question:vote', { questionId, up: true }))?.ok) ackedVotes++;
      for (let i = 0; i < 5; i++) {
        const id = randomUUID();
        const result = await send(d, 'question:ask', { questionId: id, target, text: `Frage ${i}` });
        if (!result) return; // no answer: the app keeps it in its outbox
        if (result.ok) {
          ackedAsks.push(id);
          ackedSeqs.add(result.seq);
        }
        if (ackedAsks.length >= 150) terminated ??= server!.stop('SIGTERM');
      }
    });
    await Promise.all(work);
    await terminated;

    expect(server.lastExit).toMatchObject({ code: 0, signal: null });
    expect(server.lastExit!.afterMs).toBeLessThan(10_000);
    expect(told.size).toBe(100);
    expect(ackedAsks.length).toBeGreaterThanOrEqual(150);
    // The batch in flight was finished: every question the server committed (its log line says so)
    // reached its phone as an acknowledgement before the sockets closed, none only stored.
    const committedAsks = server.output.split('\n').flatMap((line) => {
      const parsed = commandLine.safeParse(JSON.parse(line.startsWith('{') ? line : 'null'));
      return parsed.success && parsed.data.type === 'question:ask' && parsed.data.outcome === 'ok' ? [parsed.data.seq] : [];
    });
    expect(committedAsks.length).toBeGreaterThanOrEqual(ackedAsks.length);
    expect(committedAsks.filter((seq) => !ackedSeqs.has(seq))).toEqual([]);

    await server.start();
    await eventually(() => devices.every((d) => d.connected), 30_000);

    const log = logSchema.parse(await (await fetch(`${server.url}/api/changes?since=0`)).json());
    const stored = new Set(log.changes.filter((c) => c.type === 'question:asked').map((c) => JSON.stringify(c.data)));
    const storedText = [...stored].join('\n');
    expect(ackedAsks.filter((id) => !storedText.includes(id))).toEqual([]);
    // The vote counts were flushed before the exit: every acknowledged vote is counted.
    const snapshot = snapshotSchema.parse(await (await fetch(`${server.url}/api/snapshot`)).json());
    expect(snapshot.snapshot.state.questions[questionId]?.votes).toBe(ackedVotes);
  }, 90_000);

  /** An upload that never finishes keeps the HTTP server from closing: the stop has to give up on it. */
  async function stuckUpload(url: string): Promise<TcpSocket> {
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write('POST /api/commands HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":');
    await new Promise((r) => setTimeout(r, 200));
    return socket;
  }

  it('a stop that cannot finish ends at its deadline, within 10 s', async () => {
    const stuck = new ServerProcess();
    const started = await stuck.start();
    const upload = await stuckUpload(started.url);
    try {
      await stuck.stop('SIGTERM');
      expect(stuck.lastExit).toMatchObject({ code: 1, signal: null });
      expect(stuck.lastExit!.afterMs).toBeLessThan(10_000);
      expect(stuck.lastExit!.afterMs).toBeGreaterThan(5_000); // it did wait for the upload first
    } finally {
      upload.destroy();
      await stuck.dispose();
    }
  }, 30_000);

  it('a second signal exits at once', async () => {
    const stuck = new ServerProcess();
    const started = await stuck.start();
    const upload = await stuckUpload(started.url);
    try {
      stuck.signal('SIGINT');
      await new Promise((r) => setTimeout(r, 300));
      await stuck.stop('SIGINT');
      expect(stuck.lastExit).toMatchObject({ code: 1, signal: null });
      expect(stuck.lastExit!.afterMs).toBeLessThan(1_000);
    } finally {
      upload.destroy();
      await stuck.dispose();
    }
  }, 30_000);
});
