import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { socketEvents } from '../../shared/events.js';
import type { OrtsterminIo } from '../kernel/sockets.js';
import type { Metrics } from './metrics.js';
import type { CommandObserver } from './commandObserver.js';

export interface LifecycleParts {
  httpServer: HttpServer | HttpsServer;
  io: OrtsterminIo;
  /** The events' runtimes: what waits (counts) is committed and their queues run empty before the sockets close. */
  runtimes: () => readonly { stop(): Promise<void> }[];
  metrics: Metrics;
  commands: CommandObserver;
  /** The installation's own watchers, ended with the server. */
  closeAlso: () => void;
  /** Called first in a graceful stop: readiness turns false, new sockets are refused. */
  onStopping: () => void;
  /** Ends HTTP connections with no request in flight, now and as their last request is answered. */
  endUnusedConnections: () => void;
}

/** How the server ends: `close` at once (tests), `shutdown` gracefully (SIGTERM). */
export function serverLifecycle(parts: LifecycleParts): { close(): Promise<void>; shutdown(): Promise<void> } {
  const close = async () => {
    for (const runtime of parts.runtimes()) await runtime.stop();
    return new Promise<void>((resolve) => {
      parts.metrics.stop();
      parts.closeAlso();
      // io.close() also closes the http server; open sockets are ended first.
      void parts.io.close(() => resolve());
      parts.endUnusedConnections();
    });
  };
  const shutdown = async () => {
    parts.onStopping();
    parts.httpServer.close(); // no new connections; open ones stay until close()
    parts.io.emit(socketEvents.serverRestarting);
    await parts.commands.drained(); // their acks still reach the phones: the sockets are open
    await close();
    await parts.commands.drained(); // HTTP commands that were still being read
  };
  return { close, shutdown };
}
