import type { OrtsterminIo } from '../kernel/sockets.js';

/** What of an Engine.IO connection tells how much waits to be sent to it (engine.io's types leave these out). */
interface EngineConnection {
  writeBuffer: readonly { data?: unknown }[];
  transport: { socket?: { bufferedAmount?: number; terminate?: () => void } };
  close(discard?: boolean): void;
}

function sizeOf(data: unknown): number {
  if (typeof data === 'string') return data.length;
  if (data instanceof Uint8Array || data instanceof ArrayBuffer) return data.byteLength;
  return 0;
}

/** Bytes queued for one connection: packets Engine.IO holds back while the socket is busy, and what the WebSocket has not handed to the kernel. */
export function bufferedBytes(connection: EngineConnection): number {
  const held = connection.writeBuffer.reduce((sum, packet) => sum + sizeOf(packet.data), 0);
  return held + (connection.transport.socket?.bufferedAmount ?? 0);
}

/** Every Engine.IO connection; `clients` is engine.io's own record, left out of its public types. */
function connectionsOf(io: OrtsterminIo): EngineConnection[] {
  const clients = (io.engine as unknown as { clients: Record<string, EngineConnection> }).clients;
  return Object.values(clients);
}

/**
 * A phone that keeps its connection (answers pings) but does not read gets everything buffered
 * for it, without end. Each sweep ends every connection with more queued than `bound()`: its
 * phone reconnects and catches up, as after any disconnect, with socket.io's backoff.
 */
export function watchSlowReaders(io: OrtsterminIo, bound: () => number, onEnded: () => void = () => {}, everyMs = 500): { stop(): void } {
  const timer = setInterval(() => {
    const limit = bound();
    for (const connection of connectionsOf(io)) {
      if (bufferedBytes(connection) <= limit) continue;
      // Not a polite close: that waits for the buffer to drain, which a phone that does not read never does.
      connection.transport.socket?.terminate?.();
      connection.close(true);
      onEnded();
    }
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * The bound: above twice the largest catch-up a phone may need (a big programme's snapshot),
 * or such a phone could never finish one; at least `floor`.
 */
export function slowReaderBound(floor: number, largestReply: () => number): () => number {
  return () => Math.max(floor, 2 * largestReply());
}
