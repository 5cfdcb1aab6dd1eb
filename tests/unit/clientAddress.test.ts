import { describe, expect, it } from 'vitest';
import { parseTrustProxy, plain, resolveClient, trustNoProxy } from '../../server/kernel/clientAddress.js';

const forwarded = { 'x-forwarded-for': '203.0.113.9, 10.0.0.7', 'x-forwarded-proto': 'https' };

describe('TRUST_PROXY', () => {
  it('parses addresses and CIDRs, IPv4 and IPv6, and sees IPv4-mapped peers as IPv4', () => {
    const trust = parseTrustProxy(' 127.0.0.1, 10.0.0.0/8 ,fd00::/8');
    expect(trust.trusts('127.0.0.1')).toBe(true);
    expect(trust.trusts('::ffff:127.0.0.1')).toBe(true);
    expect(trust.trusts('10.200.3.4')).toBe(true);
    expect(trust.trusts('fd12::1')).toBe(true);
    expect(trust.trusts('192.168.1.10')).toBe(false);
    expect(trust.trusts('not an address')).toBe(false);
  });

  it('refuses an entry that is not an address or CIDR, naming it', () => {
    expect(() => parseTrustProxy('127.0.0.1, proxy.local')).toThrow('TRUST_PROXY: "proxy.local" is not an address or CIDR');
    expect(() => parseTrustProxy('10.0.0.0/40')).toThrow('bad prefix length');
  });

  it('believes forwarded headers from a trusted peer: the first untrusted hop from the right, and the public scheme', () => {
    const trust = parseTrustProxy('127.0.0.1, 10.0.0.0/8');
    expect(resolveClient({ address: '127.0.0.1', encrypted: false }, forwarded, trust)).toEqual({ address: '203.0.113.9', scheme: 'https' });
  });

  it('ignores them from any other peer: a phone cannot choose its address or scheme', () => {
    const trust = parseTrustProxy('10.0.0.0/8');
    expect(resolveClient({ address: '192.168.1.50', encrypted: false }, forwarded, trust)).toEqual({ address: '192.168.1.50', scheme: 'http' });
    expect(resolveClient({ address: '::ffff:192.168.1.50', encrypted: true }, forwarded, trustNoProxy)).toEqual({
      address: '192.168.1.50',
      scheme: 'https',
    });
  });

  it('does not let a client-written entry left of the proxy chain win', () => {
    const trust = parseTrustProxy('127.0.0.1');
    const spoofed = { 'x-forwarded-for': '1.2.3.4, 198.51.100.20' };
    expect(resolveClient({ address: '127.0.0.1', encrypted: false }, spoofed, trust).address).toBe('198.51.100.20');
  });

  it('takes prefix lengths up to 32 for IPv4 and 128 for IPv6, and refuses negative, fractional or longer ones', () => {
    expect(parseTrustProxy('10.0.0.0/32').trusts('10.0.0.0')).toBe(true);
    expect(parseTrustProxy('0.0.0.0/0').trusts('203.0.113.9')).toBe(true);
    expect(parseTrustProxy('2001:db8::/64').trusts('2001:db8::42')).toBe(true);
    expect(parseTrustProxy('::1/128').trusts('::1')).toBe(true);
    // An empty setting, or a list with a trailing comma, as an environment file easily has.
    expect(parseTrustProxy('').trusts('127.0.0.1')).toBe(false);
    expect(parseTrustProxy('127.0.0.1, ').trusts('127.0.0.1')).toBe(true);
    for (const bad of ['10.0.0.0/33', '10.0.0.0/-1', '10.0.0.0/8.5', '::/129']) expect(() => parseTrustProxy(bad)).toThrow(`TRUST_PROXY: "${bad}" has a bad prefix length`);
  });

  it('sees only a mapped IPv4 address as IPv4, after trimming; other IPv6 forms stay as they are', () => {
    expect(plain(' ::ffff:10.0.0.1 ')).toBe('10.0.0.1');
    expect(plain('::ffff:abcd')).toBe('::ffff:abcd');
    expect(plain('::abcd:10.0.0.1')).toBe('::abcd:10.0.0.1');
  });

  it('reads forwarded headers given as lists or with spaces, and keeps the proxy’s address when none is forwarded', () => {
    const trust = parseTrustProxy('10.0.0.0/8');
    expect(resolveClient({ address: '10.0.0.2', encrypted: false }, { 'x-forwarded-for': ' 203.0.113.9 ,  10.0.0.7 ' }, trust).address).toBe('203.0.113.9');
    expect(resolveClient({ address: '10.0.0.2', encrypted: false }, { 'x-forwarded-for': ['198.51.100.1', '10.0.0.7'] }, trust).address).toBe('198.51.100.1');
    expect(resolveClient({ address: '10.0.0.2', encrypted: false }, {}, trust)).toEqual({ address: '10.0.0.2', scheme: 'http' });
  });

  it('believes a forwarded scheme of http or https only, in any case; anything else keeps the connection’s', () => {
    const trust = parseTrustProxy('10.0.0.0/8');
    const scheme = (proto: string, encrypted: boolean) => resolveClient({ address: '10.0.0.2', encrypted }, { 'x-forwarded-proto': proto }, trust).scheme;
    expect(scheme('http', true)).toBe('http');
    expect(scheme('HTTPS', false)).toBe('https');
    expect(scheme('gopher', false)).toBe('http');
    expect(scheme('wss', true)).toBe('https');
    // Several proxies: the first entry is what the phone used.
    expect(scheme(' https , http', false)).toBe('https');
  });
});
