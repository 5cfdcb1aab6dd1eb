import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import WebSocket from 'ws';

/**
 * Just enough of the Socket.IO v4 protocol (Engine.IO 4 over a WebSocket, default namespace) for
 * the benchmark: open, connect with auth, ping/pong, events, acks both ways (binary attachments
 * included, as the app's sync ack carries its body). One light client for every server variant,
 * so the client side costs the same whatever is measured.
 */
export type EventHandler = (name: string, args: unknown[], bytes: number) => void;

export interface LightOptions {
  auth?: Record<string, unknown>;
  /** Source address (127.0.0.x), to spread sockets over several address/port ranges. */
  localAddress?: string;
  timeoutMs?: number;
}

export class LightSocket {
  private ws: WebSocket | null = null;
  private nextAck = 0;
  private readonly acks = new Map<number, (args: unknown[]) => void>();
  /** Bytes of Socket.IO messages received (pings excluded). */
  bytesIn = 0;
  messagesIn = 0;
  onEvent: EventHandler = () => {};
  /** A binary ack's header, waiting for its attachments (the frames right after it). */
  private pending: { id: number; args: unknown[]; buffers: Buffer[]; expected: number; bytes: number } | null = null;
  onClose: () => void = () => {};

  get connected(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  connect(baseUrl: string, options: LightOptions = {}): Promise<void> {
    const url = `${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
    const ws = new WebSocket(url, { perMessageDeflate: false, localAddress: options.localAddress });
    this.ws = ws;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error('connect timeout')), options.timeoutMs ?? 30_000);
      const fail = (error: Error) => {
        clearTimeout(timer);
        ws.terminate();
        reject(error);
      };
      ws.on('error', fail);
      ws.on('close', () => this.onClose());
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (isBinary) return this.onAttachment(data);
        const text = data.toString();
        const kind = text.charCodeAt(0);
        if (kind === 50 /* '2' ping */) return ws.send('3');
        if (kind === 48 /* '0' open */) return ws.send(`40${JSON.stringify(options.auth ?? {})}`);
        if (kind !== 52 /* '4' message */) return;
        const packet = text.charCodeAt(1);
        if (packet === 48 /* connect */) {
          clearTimeout(timer);
          ws.off('error', fail);
          ws.on('error', () => {});
          resolve();
        } else if (packet === 52 /* connect error */) fail(new Error(`connect refused: ${text.slice(2)}`));
        else if (packet === 54 /* binary ack */) this.onBinaryAckHeader(text, data.length);
        else this.onPacket(text, packet, data.length);
      });
    });
  }

  private onPacket(text: string, packet: number, bytes: number): void {
    this.bytesIn += bytes;
    this.messagesIn += 1;
    let i = 2;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
    const id = i > 2 ? Number(text.slice(2, i)) : null;
    const args = JSON.parse(text.slice(i)) as unknown[];
    if (packet === 51 /* ack */ && id !== null) {
      const callback = this.acks.get(id);
      this.acks.delete(id);
      callback?.(args);
    } else if (packet === 50 /* event */) {
      this.onEvent(String(args[0]), args.slice(1), bytes);
    }
  }

  /** `61-<id>[…]`: attachments, a dash, the ack id, then the arguments with placeholders. */
  private onBinaryAckHeader(text: string, bytes: number): void {
    const dash = text.indexOf('-');
    let i = dash + 1;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
    const args = JSON.parse(text.slice(i)) as unknown[];
    this.pending = { id: Number(text.slice(dash + 1, i)), args, buffers: [], expected: Number(text.slice(2, dash)), bytes };
  }

  private onAttachment(data: Buffer): void {
    const pending = this.pending;
    if (!pending) return;
    pending.buffers.push(data);
    pending.bytes += data.length;
    if (pending.buffers.length < pending.expected) return;
    this.pending = null;
    this.bytesIn += pending.bytes;
    this.messagesIn += 1;
    const callback = this.acks.get(pending.id);
    this.acks.delete(pending.id);
    callback?.(withAttachments(pending.args, pending.buffers) as unknown[]);
  }

  emit(name: string, ...args: unknown[]): void {
    this.ws?.send(`42${JSON.stringify([name, ...args])}`);
  }

  emitWithAck<T = unknown>(name: string, arg: unknown, timeoutMs = 30_000): Promise<T> {
    const id = this.nextAck++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        reject(new Error(`no ack for ${name}`));
      }, timeoutMs);
      this.acks.set(id, (args) => {
        clearTimeout(timer);
        resolve(args[0] as T);
      });
      this.ws?.send(`42${id}${JSON.stringify([name, arg])}`);
    });
  }

  /** Resolves once the TCP connection is gone. */
  close(): Promise<void> {
    const ws = this.ws;
    this.ws = null;
    this.acks.clear();
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      ws.once('close', () => resolve());
      ws.close();
      setTimeout(() => ws.terminate(), 2000).unref();
    });
  }
}

function withAttachments(value: unknown, buffers: Buffer[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withAttachments(item, buffers));
  if (value === null || typeof value !== 'object') return value;
  if ('_placeholder' in value && 'num' in value && typeof value.num === 'number') return buffers[value.num];
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withAttachments(item, buffers)]));
}

/**
 * Kind and seq of a sync body (UTF-8 JSON, gzip'd or not) from its first bytes, without unpacking
 * or parsing it all: a storm's 5,000 bodies would otherwise make the one load-generator core the
 * bottleneck (a phone unpacks and applies its one). Falls back to the whole body.
 */
export function readSyncHead(body: Buffer, gzip = false): { kind: string; seq: number } {
  const head = (gzip ? gunzipSync(body.subarray(0, 160), { finishFlush: zlibConstants.Z_SYNC_FLUSH }) : body.subarray(0, 160)).toString();
  const kind = /"kind":"(\w+)"/.exec(head)?.[1];
  const seq = kind === 'snapshot' ? /"snapshot":\{"seq":(\d+)/.exec(head)?.[1] : /^\{"kind":"changes","seq":(\d+)/.exec(head)?.[1];
  if (kind && seq) return { kind, seq: Number(seq) };
  const reply = JSON.parse((gzip ? gunzipSync(body) : body).toString()) as { kind: string; seq?: number; snapshot?: { seq: number } };
  return { kind: reply.kind, seq: reply.seq ?? reply.snapshot?.seq ?? -1 };
}
