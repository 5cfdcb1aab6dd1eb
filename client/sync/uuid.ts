import { uuidOfBytes } from '../../shared/bytes';

/**
 * A v4 UUID. `crypto.randomUUID` exists only in secure contexts, and a venue LAN often serves the
 * app over plain http; `getRandomValues` works everywhere.
 */
export function uuid(): string {
  // Node (unit tests) has no isSecureContext, and randomUUID everywhere.
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) return crypto.randomUUID();
  return uuidOfBytes(crypto.getRandomValues(new Uint8Array(16)), 4);
}
