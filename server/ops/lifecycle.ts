import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { socketEvents } from '../../shared/events.js';
import type { AnnouncementReceipts } from '../announcements/announcementReceipts.js';
import type { OrtsterminIo } from '../transport/socketServer.js';
import type { Metrics } from './metrics.js';
import type { ObservedDispatch } from './observedDispatch.js';

export interface LifecycleParts {
  httpServer: HttpServer | HttpsServer;
  io: OrtsterminIo;
  /** Vote counts and poll results waiting to go out: committed before the stop. */
  coalescers: readonly { flush(): Promise<void>; stop(): void }[];
  /** Commits still queued are written (or refused) before the sockets close. */
  pipeline: { idle(): Promise<void> };
  receipts: AnnouncementReceipts;
  metrics: Metrics;
  observed: ObservedDispatch;
  /** Worker threads and the like, ended with the server. */
  closeAlso: () => Promise<void>;
  /** Called first in a graceful stop: readiness turns false, new sockets are refused. */
  onStopping: () => void;
}

/** How the server ends: `close` at once (tests), `shutdown` gracefully (SIGTERM). */
export function serverLifecycle(parts: LifecycleParts): { close(): Promise<void>; shutdown(): Promise<void> } {
  const close = async () => {
    for (const coalescer of parts.coalescers) {
      await coalescer.flush().catch((error: unknown) => {
        // The counts are derived from the stored votes at the next start, so nothing is lost.
        console.error('committing the last counts failed; the next start recounts', error);
      });
      coalescer.stop();
    }
    await parts.pipeline.idle();
    return new Promise<void>((resolve) => {
      parts.receipts.stop();
      parts.metrics.stop();
      void parts.closeAlso();
      // io.close() also closes the http server; open sockets are ended first.
      void parts.io.close(() => resolve());
    });
  };
  const shutdown = async () => {
    parts.onStopping();
    parts.httpServer.close(); // no new connections; open ones stay until close()
    parts.io.emit(socketEvents.serverRestarting);
    await parts.observed.drained(); // their acks still reach the phones: the sockets are open
    await close();
    await parts.observed.drained(); // HTTP commands that were still being read
  };
  return { close, shutdown };
}
