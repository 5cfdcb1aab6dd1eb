import type { IncomingMessage } from 'node:http';

/**
 * The one place a client's network address is read, for rate limits and device-id issuance: the
 * HTTP request's and the socket handshake's both come from here. Behind a trusted reverse proxy
 * this is where the forwarded address would be taken instead of the socket's.
 */
export function clientAddress(request: IncomingMessage): string | undefined {
  return request.socket.remoteAddress;
}
