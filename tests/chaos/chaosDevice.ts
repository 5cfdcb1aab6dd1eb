import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { CommandResult } from '../../shared/errors.js';
import { socketEvents, type ClientToServerEventsReceived, type ServerToClientEvents } from '../../shared/events.js';
import { schemaVersion } from '../../shared/publicState.js';
import { z } from 'zod';
import { issuedDeviceSchema } from '../../shared/access.js';

export interface OutboxCommand {
  id: string;
  type: 'question:ask' | 'question:vote';
  payload: Record<string, unknown>;
}

const encodedReply = z.object({ kind: z.literal('encoded') });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A phone as the app behaves: an issued device id it keeps, an outbox of commands with fixed
 * ids sent in order and sent again until the server gives a final answer, a catch-up on every
 * (re)connect. It notes when it was last back in sync, for the reconnect time.
 */
export class ChaosDevice {
  deviceId = '';
  socket: Socket<ServerToClientEvents, ClientToServerEventsReceived> | null = null;
  readonly outbox: OutboxCommand[] = [];
  readonly acked: OutboxCommand[] = [];
  readonly refused: { command: OutboxCommand; code: string }[] = [];
  syncedAt = 0;
  /** Answers `internal` (a bug: a store that refuses writes answers `unavailable`): sent again, as the app does. */
  internalAnswers = 0;
  /** Answers `unavailable` (a failed or full disk): sent again, as the app does. */
  unavailableAnswers = 0;
  private stopped = false;

  constructor(private readonly url: () => string) {}

  async start(): Promise<void> {
    while (!this.deviceId) {
      const response = await fetch(`${this.url()}/api/device`, { method: 'POST' }).catch(() => null);
      const parsed = issuedDeviceSchema.safeParse(await response?.json().catch(() => null));
      if (parsed.success) this.deviceId = parsed.data.deviceId;
      else await sleep(200);
    }
    const socket: Socket<ServerToClientEvents, ClientToServerEventsReceived> = io(this.url(), {
      auth: { deviceId: this.deviceId },
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 1000,
      randomizationFactor: 0.5,
    });
    this.socket = socket;
    socket.on('connect', () => {
      socket.timeout(10_000).emit(socketEvents.sync, { lastSeq: null, schemaVersion }, (error: Error | null, raw: unknown) => {
        // Only the reply's kind: parsing 200 snapshots in this one process would measure the battery, not the server.
        if (!error && encodedReply.safeParse(raw).success) this.syncedAt = Date.now();
      });
    });
    void this.flushLoop();
  }

  queue(type: OutboxCommand['type'], payload: Record<string, unknown>): void {
    this.outbox.push({ id: randomUUID(), type, payload });
  }

  private async flushLoop(): Promise<void> {
    while (!this.stopped) {
      const next = this.outbox[0];
      const socket = this.socket;
      if (!next || !socket?.connected) {
        await sleep(50);
        continue;
      }
      const result = await socket.timeout(5000).emitWithAck(socketEvents.command, next).catch((): CommandResult | null => null);
      if (result?.ok) {
        this.acked.push(next);
        this.outbox.shift();
      } else if (result && result.error.code === 'rate_limited') await sleep(result.error.retryAfterMs ?? 1000);
      else if (!result || result.error.code === 'internal' || result.error.code === 'unavailable') {
        if (result?.error.code === 'internal') this.internalAnswers++;
        if (result?.error.code === 'unavailable') this.unavailableAnswers++;
        await sleep(200);
      }
      else {
        this.refused.push({ command: next, code: result.error.code });
        this.outbox.shift();
      }
    }
  }

  stop(): void {
    this.stopped = true;
    this.socket?.disconnect();
  }
}
