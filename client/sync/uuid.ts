import { hexOf } from '../../shared/bytes';

/**
 * A v4 UUID. `crypto.randomUUID` exists only in secure contexts, and a venue LAN often serves the
 * app over plain http; `getRandomValues` works everywhere.
 */
export function uuid(): string {
  // Node (unit tests) has no isSecureContext, and randomUUID everywhere.
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = hexOf(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
