import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { parseChange, type Change } from '../../shared/changes.js';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import type { CommandResult } from '../../shared/errors.js';
import { commandOf, protocolVersion, routeKeyParam } from '../../shared/protocol.js';
import {
  socketEvents,
  type ClientToServerEvents,
  type ClientToServerEventsReceived,
  type ServerToClientEvents,
} from '../../shared/events.js';
import { applyLiveChange, applySyncReply, freshDevice, type DeviceState } from '../../shared/deviceState.js';
import { schemaVersion, type PublicState } from '../../shared/publicState.js';
import { gunzipSyncAck, isGzipAck, parseSyncReply } from '../../shared/syncReply.js';
import { issuedDeviceSchema } from '../../shared/access.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** The same socket as a hostile client uses it: anything may be sent, as the server must expect. */
export type UncheckedSocket = Socket<ServerToClientEvents, ClientToServerEventsReceived>;

/**
 * A test device that behaves like the app's sync module: catch-up on every connect, then live
 * changes applied with the shared reducer, never one twice.
 */
export class TestDevice {
  readonly socket: ClientSocket;
  device: DeviceState = freshDevice;
  readonly received: Change[] = [];
  /** How many live changes had arrived when the last catch-up was applied: those after it came after the catch-up. */
  receivedAtSync = 0;
  /** The seq the last catch-up brought the device to. */
  syncedSeq: number | null = null;
  private synced: Promise<void>;
  private resolveSynced: () => void = () => {};
  private rejectSynced: (error: Error) => void = () => {};

  /** Issued by the server at the first connect, as the app gets it; or given (e.g. a made-up one). */
  deviceId: string | null;
  /** The protocol version the server stated in its last sync reply (undefined: it stated none). */
  serverProtocol: number | undefined;

  constructor(
    private readonly url: string,
    options: {
      token?: string;
      extraHeaders?: Record<string, string>;
      transports?: ('websocket' | 'polling')[];
      deviceId?: string;
      /** The protocol version the device states, as the app does; null: none, as apps from before versions. */
      protocol?: number | null;
      /** The app's per-start key for a front's stickiness (`routeKeyParam`); none: as a client without one. */
      routeKey?: string;
      /** More handshake fields, as a newer app might send. */
      extraAuth?: Record<string, unknown>;
      /** Whether it asks for gzip'd catch-ups, as the app does where it can unpack them; false: as apps before. */
      gzip?: boolean;
    } = {},
  ) {
    this.deviceId = options.deviceId ?? null;
    this.gzip = options.gzip ?? true;
    const protocol = options.protocol === undefined ? protocolVersion : options.protocol;
    this.socket = io(url, {
      auth: (send) =>
        send({
          ...options.extraAuth,
          ...(protocol === null ? {} : { protocol }),
          ...(options.token ? { token: options.token } : {}),
          ...(this.deviceId ? { deviceId: this.deviceId } : {}),
        }),
      transports: options.transports ?? ['websocket'],
      forceNew: true,
      reconnection: false,
      autoConnect: false,
      extraHeaders: options.extraHeaders,
      ...(options.routeKey ? { query: { [routeKeyParam]: options.routeKey } } : {}),
    });
    this.synced = this.newSyncPromise();
    this.socket.on(socketEvents.change, (change) => this.applyLive(change));
    this.socket.on('connect', () => this.sync());
  }

  private newSyncPromise(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.resolveSynced = resolve;
      this.rejectSynced = reject;
    });
  }

  get state(): PublicState {
    return this.device.state;
  }

  get lastSeq(): number | null {
    return this.device.lastSeq;
  }

  /** What arrived that the app would refuse as unreadable: a test sees it as a wrong state. */
  readonly unreadable: unknown[] = [];
  private readonly gzip: boolean;
  /** Live changes that came while a gzip'd catch-up was unpacked, applied after it (as the app does). */
  private held: Change[] | null = null;
  /** Whether the last catch-up came gzip'd. */
  lastSyncGzipped = false;

  private applyLive(raw: Change): void {
    if (this.held) return void this.held.push(raw);
    const change = parseChange(raw);
    if (!change) return void this.unreadable.push(raw);
    this.received.push(change);
    this.device = applyLiveChange(this.device, change);
  }

  private sync(): void {
    this.held = null;
    this.socket.emit(socketEvents.sync, { lastSeq: this.lastSeq, schemaVersion, ...(this.gzip ? { gzip: true } : {}) }, (raw: unknown) => {
      // Live changes counted as the ack arrives: those held while it is unpacked came after it.
      const arrivedAt = this.received.length;
      this.lastSyncGzipped = isGzipAck(raw);
      if (!this.lastSyncGzipped) return this.takeSync(raw, raw, arrivedAt);
      this.held = [];
      void gunzipSyncAck(raw).then((unpacked) => {
        const held = this.held ?? [];
        this.held = null;
        this.takeSync(unpacked, raw, arrivedAt);
        held.forEach((change) => this.applyLive(change));
      });
    });
  }

  private takeSync(unpacked: unknown, raw: unknown, arrivedAt: number): void {
    const reply = parseSyncReply(unpacked);
    if (!reply) {
      this.unreadable.push(raw);
      return this.rejectSynced(new Error(`the app would refuse this sync reply: ${JSON.stringify(raw).slice(0, 200)}`));
    }
    if (reply.kind !== 'error') this.serverProtocol = reply.protocol;
    this.device = applySyncReply(this.device, reply);
    [this.receivedAtSync, this.syncedSeq] = [arrivedAt, this.device.lastSeq];
    this.resolveSynced();
  }

  /** Connects and resolves once the catch-up is applied; rejects with the connect_error message. */
  async connect(): Promise<this> {
    this.deviceId ??= await issueDeviceId(this.url);
    this.synced = this.newSyncPromise();
    const failed = new Promise<never>((_, reject) => this.socket.once('connect_error', reject));
    this.socket.connect();
    await Promise.race([this.synced, failed]);
    return this;
  }

  disconnect(): void {
    this.socket.disconnect();
  }

  send<K extends CommandType>(type: K, payload: CommandPayload<K>, id: string = randomUUID()): Promise<CommandResult> {
    return this.socket.timeout(10_000).emitWithAck(socketEvents.command, commandOf(id, type, payload));
  }

  /** The socket without the protocol's types, for sending what no app would. */
  get unchecked(): UncheckedSocket {
    return this.socket;
  }

  sendRaw(raw: unknown): Promise<CommandResult> {
    return this.unchecked.timeout(10_000).emitWithAck(socketEvents.command, raw);
  }
}

/** Asks the server for a device id, as the app does (POST /api/device). */
/**
 * fetch, tried again when the connection itself fails (not on an HTTP error), as a phone's outbox
 * does: on a loaded two-core machine a burst of connections can outwait fetch's connect timeout.
 */
export async function fetchRetrying(input: string, init?: RequestInit, tries = 5): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(input, init);
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

export async function issueDeviceId(url: string): Promise<string> {
  const response = await fetchRetrying(`${url}/api/device`, { method: 'POST' });
  const body: unknown = await response.json();
  const parsed = issuedDeviceSchema.safeParse(body);
  if (!response.ok || !parsed.success) throw new Error(`no device id issued: ${response.status} ${JSON.stringify(body)}`);
  return parsed.data.deviceId;
}

/** Polls until the condition holds, for what arrives over the network. */
export async function eventually(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
