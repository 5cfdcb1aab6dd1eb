import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { issuedDeviceSchema } from '../../shared/access.js';
import { io, type Socket } from 'socket.io-client';
import type { Change } from '../../shared/changes.js';
import { socketEvents, type SyncBody, type SyncReply } from '../../shared/events.js';
import { emptyState, schemaVersion, type PublicState } from '../../shared/publicState.js';
import { applyChange } from '../../shared/reducer.js';
import { LightSocket, readSyncHead, type EventHandler, type LightOptions } from './lightSocket.js';

/** What a device needs from its socket; the light client has it, and an adapter for socket.io-client. */
export interface BenchSocket {
  bytesIn: number;
  messagesIn: number;
  onEvent: EventHandler;
  connect(baseUrl: string, options: LightOptions): Promise<void>;
  emitWithAck<T>(name: string, arg: unknown, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** The real socket.io-client behind the same interface, to check the light client against it. */
export class SioSocket implements BenchSocket {
  private socket: Socket | null = null;
  bytesIn = 0;
  messagesIn = 0;
  onEvent: EventHandler = () => {};

  connect(baseUrl: string, options: LightOptions): Promise<void> {
    const socket = io(baseUrl, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: options.auth ?? {},
      localAddress: options.localAddress,
    } as Parameters<typeof io>[1]);
    this.socket = socket;
    socket.onAny((name: string, ...args: unknown[]) => {
      this.messagesIn += 1;
      this.onEvent(name, args, 0);
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
  }

  emitWithAck<T>(name: string, arg: unknown, timeoutMs = 30_000): Promise<T> {
    return this.socket!.timeout(timeoutMs).emitWithAck(name, arg) as Promise<T>;
  }

  async close(): Promise<void> {
    this.socket?.disconnect();
    this.socket = null;
  }
}

/** The app's ack carries its body as bytes (see `SyncAck`); the bare servers answer in plain JSON. */
function decodeAck(ack: unknown): SyncReply {
  const encoded = ack as { kind: string; body?: Buffer; encoding?: 'gzip'; serverTime: number };
  if (encoded.kind !== 'encoded' || !encoded.body) return ack as SyncReply;
  return { ...(JSON.parse(unpacked({ body: encoded.body, encoding: encoded.encoding }).toString()) as SyncBody), serverTime: encoded.serverTime };
}

/** As phones ask (`gzip: true`), so the body may come gzip'd. */
function unpacked(ack: { body: Buffer; encoding?: 'gzip' }): Buffer {
  return ack.encoding === 'gzip' ? gunzipSync(ack.body) : ack.body;
}

/** The app issues ids; the baselines (bare Socket.IO, bare ws) have no such route and get none. */
async function issueDeviceId(url: string): Promise<string> {
  try {
    const response = await fetch(`${url}/api/device`, { method: 'POST', signal: AbortSignal.timeout(5000) });
    const parsed = issuedDeviceSchema.safeParse(await response.json());
    return parsed.success ? parsed.data.deviceId : '';
  } catch {
    return '';
  }
}

/** Snapshots of the same seq are the same state: devices share it instead of keeping thousands of copies. */
const snapshots = new Map<number, PublicState>();

/** A phone as the app's sync module behaves: catch-up on connect, then live changes through the reducer. */
export class Device {
  socket: BenchSocket;
  state: PublicState = emptyState;
  lastSeq: number | null = null;
  /** Issued by the server at the first connect (as the app asks for one), then kept. */
  deviceId: string | null = null;
  onChange: (device: Device, change: Change) => void = () => {};

  constructor(
    readonly index: number,
    readonly address: string,
    private readonly makeSocket: () => BenchSocket = () => new LightSocket(),
  ) {
    this.socket = makeSocket();
  }

  /** Connects on a fresh socket, syncs, and resolves with the sync reply's kind. */
  async connect(url: string, auth: Record<string, unknown> = {}, lastSeq = this.lastSeq): Promise<SyncReply['kind']> {
    await this.open(url, auth);
    const reply = decodeAck(await this.socket.emitWithAck<unknown>(socketEvents.sync, { lastSeq, schemaVersion, gzip: true }));
    if (reply.kind === 'snapshot') {
      const { seq, state } = reply.snapshot;
      if (!snapshots.has(seq)) snapshots.set(seq, state);
      this.state = snapshots.get(seq)!;
      this.lastSeq = seq;
    } else if (reply.kind === 'changes') {
      for (const change of reply.changes) if (this.lastSeq === null || change.seq > this.lastSeq) this.state = applyChange(this.state, change);
      this.lastSeq = reply.seq;
    }
    return reply.kind;
  }

  /**
   * A storm's reconnect: reads only kind and seq of the reply. Thousands of devices share one
   * load-generator core, phones do not; parsing and reducing 5,000 replies would measure the client.
   */
  async reconnect(url: string, lastSeq: number | null): Promise<SyncReply['kind']> {
    await this.open(url, {});
    const ack = await this.socket.emitWithAck<{ kind: string; body?: Buffer; encoding?: 'gzip' }>(socketEvents.sync, { lastSeq, schemaVersion, gzip: true });
    if (!ack.body) throw new Error(`sync ack without a body: ${ack.kind}`);
    const { kind, seq } = readSyncHead(ack.body, ack.encoding === 'gzip');
    this.lastSeq = seq;
    return kind as SyncReply['kind'];
  }

  private async open(url: string, auth: Record<string, unknown>): Promise<void> {
    this.deviceId ??= await issueDeviceId(url);
    this.socket = this.makeSocket();
    this.socket.onEvent = (name, args) => {
      if (name === socketEvents.change) this.apply(args[0] as Change);
    };
    await this.socket.connect(url, { auth: { ...auth, ...(this.deviceId ? { deviceId: this.deviceId } : {}) }, localAddress: this.address });
  }

  private apply(change: Change): void {
    if (this.lastSeq !== null && change.seq <= this.lastSeq) return;
    this.state = applyChange(this.state, change);
    this.lastSeq = change.seq;
    this.onChange(this, change);
  }

  command(type: string, payload: unknown): Promise<{ ok: boolean }> {
    return this.socket.emitWithAck(socketEvents.command, { id: randomUUID(), type, payload });
  }
}
