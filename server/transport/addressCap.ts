import type { OrtsterminSocket } from '../kernel/sockets.js';
import { addressBudgetKey } from '../kernel/addressBudget.js';
import { clientOfRequest, type ProxyTrust } from '../kernel/clientAddress.js';

/** Open sockets counted per address (an IPv6 /64 as one), the installation's over every event. */
export interface AddressCap {
  /** Counts the socket until its connection closes; false (nothing counted) when its address is at the cap. */
  admit(socket: OrtsterminSocket): boolean;
  /** Open sockets of this address key (tests, metrics). */
  openFrom(key: string): number;
}

/**
 * A cap on sockets per address: idle sockets cost the server memory each (about 24 KB), and
 * one address must not hold thousands. Sized by the caller for a venue's NAT, behind which a
 * whole hall shares one address. Counted until the connection closes, however it ends.
 */
export function createAddressCap(max: number, trust: ProxyTrust): AddressCap {
  const open = new Map<string, number>();
  const release = (key: string) => {
    const left = (open.get(key) ?? 1) - 1;
    if (left > 0) open.set(key, left);
    else open.delete(key);
  };
  return {
    admit(socket) {
      const key = addressBudgetKey(clientOfRequest(socket.request, trust).address);
      const count = open.get(key) ?? 0;
      if (count >= max) return false;
      open.set(key, count + 1);
      socket.conn.once('close', () => release(key));
      return true;
    },
    openFrom: (key) => open.get(key) ?? 0,
  };
}
