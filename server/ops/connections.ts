import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Socket } from 'node:net';

/**
 * The server's HTTP connections and how many requests each is answering. Node's `server.close()`
 * ends idle keep-alive connections, but not one a browser opened and never used (Chromium opens
 * them ahead for links on the page): the stop then waited for its headers timeout, up to 60 s.
 * Once closing, a connection with no request in flight is ended, and one is ended when its last
 * request is answered.
 */
export function trackConnections(server: HttpServer | HttpsServer, tls: boolean): { endUnused(): void } {
  const inFlight = new Map<Socket, number>();
  let closing = false;
  const endIfUnused = (socket: Socket) => {
    if (!closing || inFlight.get(socket) !== 0) return;
    // end(), not destroy(): the last answer may still be in the socket's buffer.
    socket.end();
    setTimeout(() => socket.destroy(), 1000).unref();
  };
  // A TLS server's requests arrive on the socket of its finished handshake, not on the raw one.
  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  server.on('request', (request, response) => {
    const socket = request.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    response.once('close', () => {
      inFlight.set(socket, Math.max(0, (inFlight.get(socket) ?? 1) - 1));
      endIfUnused(socket);
    });
  });
  // Sockets upgraded to WebSocket are Socket.IO's to close.
  server.on('upgrade', (request) => inFlight.delete(request.socket));
  return {
    endUnused() {
      closing = true;
      for (const socket of inFlight.keys()) endIfUnused(socket);
    },
  };
}
