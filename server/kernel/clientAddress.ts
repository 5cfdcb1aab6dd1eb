import { BlockList, isIP } from 'node:net';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * Who a request really comes from. Behind a reverse proxy the socket's peer is the proxy; its
 * X-Forwarded-For / X-Forwarded-Proto are believed only when that peer is listed in TRUST_PROXY,
 * so a phone cannot pick its own address (rate limits) or scheme (origin check) by sending them.
 */
export interface ProxyTrust {
  trusts(address: string): boolean;
}

export const trustNoProxy: ProxyTrust = { trusts: () => false };

/** `::ffff:10.0.0.1` is the IPv4 address 10.0.0.1 seen through a dual-stack socket. */
export function plain(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/** TRUST_PROXY: comma-separated addresses or CIDRs (`127.0.0.1, 10.0.0.0/8, ::1`). Throws on a bad entry. */
export function parseTrustProxy(list: string): ProxyTrust {
  const entries = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) return trustNoProxy;
  const blocks = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`TRUST_PROXY: "${entry}" is not an address or CIDR`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) blocks.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
        throw new Error(`TRUST_PROXY: "${entry}" has a bad prefix length`);
      }
      blocks.addSubnet(address, prefix, type);
    }
  }
  return {
    trusts: (address) => {
      const a = plain(address);
      const family = isIP(a);
      return family !== 0 && blocks.check(a, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

function headerList(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined.split(',').map((s) => s.trim()).filter(Boolean);
}

export interface ClientOrigin {
  /** The phone's own address (or the nearest untrusted hop). */
  address: string | undefined;
  /** The scheme the phone used: `https` when it reached us (or the trusted proxy) over TLS. */
  scheme: 'http' | 'https';
}

/**
 * Walks X-Forwarded-For from the right, past every trusted proxy, to the first address nobody we
 * trust vouched for: entries further left were written by the client and prove nothing.
 */
export function resolveClient(
  peer: { address: string | undefined; encrypted: boolean },
  headers: IncomingHttpHeaders | Record<string, string | undefined>,
  trust: ProxyTrust,
): ClientOrigin {
  const own: ClientOrigin = { address: peer.address && plain(peer.address), scheme: peer.encrypted ? 'https' : 'http' };
  if (!own.address || !trust.trusts(own.address)) return own;
  const hops = headerList(headers['x-forwarded-for']).map(plain);
  let address = own.address;
  while (hops.length > 0 && trust.trusts(address)) address = hops.pop() ?? address;
  const proto = headerList(headers['x-forwarded-proto'])[0]?.toLowerCase();
  return { address, scheme: proto === 'https' || proto === 'http' ? proto : own.scheme };
}

/** The same for a raw request (Socket.IO's handshake, the origin check). */
export function clientOfRequest(req: IncomingMessage, trust: ProxyTrust): ClientOrigin {
  const encrypted = Boolean((req.socket as Partial<TLSSocket>).encrypted);
  return resolveClient({ address: req.socket.remoteAddress, encrypted }, req.headers, trust);
}
