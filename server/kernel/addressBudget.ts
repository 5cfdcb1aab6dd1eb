import { isIP } from 'node:net';
import { plain } from './clientAddress.js';

/**
 * The key a per-address budget (asking, voting, new device ids) counts a client under. An IPv4
 * address is one client's (or one NAT's): counted on its own. An IPv6 client usually gets a whole
 * /64 from its provider, 2^64 addresses to rotate through, so it is counted by its /64. An
 * IPv4-mapped address (`::ffff:1.2.3.4`) is its IPv4 address, not one /64 shared by every IPv4 client.
 */
export function addressBudgetKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const unmapped = plain(address);
  const withoutZone = unmapped.split('%')[0] ?? unmapped;
  if (isIP(withoutZone) !== 6) return unmapped;
  const prefix = ipv6Groups(withoutZone).slice(0, 4).map((group) => group.toString(16));
  return `${prefix.join(':')}::/64`;
}

/** The 16-bit groups of a dotted IPv4 tail (`::1.2.3.4`): two of them. */
function ipv4Groups(dotted: string): number[] {
  const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number);
  return [(a << 8) | b, (c << 8) | d];
}

function groupsOf(part: string): number[] {
  if (part === '') return [];
  return part.split(':').flatMap((group) => (group.includes('.') ? ipv4Groups(group) : [parseInt(group, 16)]));
}

/** The eight 16-bit groups of an IPv6 address `isIP` accepted, "::" filled with zeros. */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::');
  const left = groupsOf(head);
  if (tail === undefined) return left;
  const right = groupsOf(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
