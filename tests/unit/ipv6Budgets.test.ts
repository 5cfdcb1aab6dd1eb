import { describe, expect, it } from 'vitest';
import { createDeviceIds } from '../../server/access/deviceIds.js';
import { createRateLimits, defaultRateLimits } from '../../server/kernel/rateLimits.js';
import type { Actor } from '../../shared/roles.js';

/**
 * Issue 28, item 10: one client with an IPv6 /64 has 2^64 addresses, so per-address budgets count
 * an IPv6 client by its /64. IPv4 addresses, and IPv4 seen through a dual-stack socket, count
 * one by one as before.
 */

/** Each device may ask as often as it likes; each address (budget) once a minute. */
const oneAskPerAddress = { ...defaultRateLimits, askPerDevice: [100, 60], askPerAddress: [1, 60] } as const;
let devices = 0;
const phoneAt = (address: string): Actor => ({ role: 'attendee', deviceId: `phone-${++devices}`, address });

async function asksLeft(addresses: readonly string[]): Promise<boolean[]> {
  const check = createRateLimits(oneAskPerAddress);
  const answers: boolean[] = [];
  for (const address of addresses) answers.push((await check(phoneAt(address), 'question:ask')) === null);
  return answers;
}

async function idsIssued(addresses: readonly string[]): Promise<boolean[]> {
  const ids = createDeviceIds('test-key', [1, 300]);
  const answers: boolean[] = [];
  for (const address of addresses) answers.push('deviceId' in (await ids.issue(address)));
  return answers;
}

describe('per-address budgets and IPv6', () => {
  it('two addresses in one /64 share the asking budget; another /64 has its own', async () => {
    expect(await asksLeft(['2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:fffe', '2001:db8:1:3::1'])).toEqual([true, false, true]);
  });

  it('written in any form (leading zeros, upper case, "::" anywhere, a zone) it is the same /64', async () => {
    expect(await asksLeft(['2001:0db8:0001:0002:0000:0000:0000:0001', '2001:DB8:1:2::abcd'])).toEqual([true, false]);
    expect(await asksLeft(['fe80::1%eth0', 'fe80::2'])).toEqual([true, false]);
    expect(await asksLeft(['2001:db8::1', '2001:db8:0:0:1::1', '2001:db8:0:1::1'])).toEqual([true, false, true]);
  });

  it('two addresses in one /64 share the budget of new device ids', async () => {
    expect(await idsIssued(['2001:db8:1:2::1', '2001:db8:1:2::99', '2001:db8:1:3::1'])).toEqual([true, false, true]);
  });

  it('IPv4 addresses count one by one, as before', async () => {
    expect(await asksLeft(['203.0.113.7', '203.0.113.8', '203.0.113.7'])).toEqual([true, true, false]);
    expect(await idsIssued(['203.0.113.7', '203.0.113.8', '203.0.113.7'])).toEqual([true, true, false]);
  });

  it('an IPv4-mapped IPv6 address (::ffff:1.2.3.4) is its IPv4 address, not a /64 with every IPv4 client', async () => {
    expect(await asksLeft(['::ffff:203.0.113.7', '203.0.113.7'])).toEqual([true, false]);
    expect(await asksLeft(['::ffff:203.0.113.7', '::ffff:203.0.113.8'])).toEqual([true, true]);
    expect(await idsIssued(['::ffff:203.0.113.7', '::ffff:203.0.113.8', '203.0.113.7'])).toEqual([true, true, false]);
  });
});
