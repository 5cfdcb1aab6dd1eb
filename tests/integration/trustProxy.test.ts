import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultRateLimits } from '../../server/kernel/rateLimits.js';
import { parseTrustProxy } from '../../server/kernel/clientAddress.js';
import { issueDeviceId, TestDevice } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

const { running, track } = useServers();
const target = { kind: 'session' as const, id: 'digitale-doerfer' };
/** Two questions per address and minute, many per device: only the address limit can bite. */
const rateLimits = { ...defaultRateLimits, askPerAddress: [2, 60] as const, askPerDevice: [100, 60] as const };

/** Three questions from each of two phones that claim different addresses through X-Forwarded-For. */
async function askFromTwoAddresses(url: string): Promise<string[]> {
  const outcomes: string[] = [];
  for (const address of ['203.0.113.1', '203.0.113.2']) {
    const phone = await track(new TestDevice(url, { extraHeaders: { 'x-forwarded-for': address } })).connect();
    for (let i = 0; i < 2; i++) {
      const result = await phone.send('question:ask', { questionId: randomUUID(), target, text: `Frage ${i} von ${address}` });
      outcomes.push(result.ok ? 'ok' : result.error.code);
    }
  }
  return outcomes;
}

describe('TRUST_PROXY', () => {
  it('rate limits count the forwarded address when the proxy is trusted', async () => {
    const app = await running({ config: { rateLimits, trustProxy: parseTrustProxy('127.0.0.1') } });
    expect(await askFromTwoAddresses(app.url)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('and ignore it from an address not listed: both phones share the peer address', async () => {
    const app = await running({ config: { rateLimits, trustProxy: parseTrustProxy('10.0.0.0/8') } });
    expect(await askFromTwoAddresses(app.url)).toEqual(['ok', 'ok', 'rate_limited', 'rate_limited']);
  });

  it('the origin check takes the public scheme from a trusted proxy only', async () => {
    const trusted = await running({ config: { trustProxy: parseTrustProxy('127.0.0.1') } });
    const untrusted = await running();
    const headersFor = (url: string) => ({ origin: url.replace('http://', 'https://'), 'x-forwarded-proto': 'https' });
    // The phone used https://host at the proxy; the proxy speaks http to us.
    await expect(track(new TestDevice(trusted.url, { extraHeaders: headersFor(trusted.url) })).connect()).resolves.toBeInstanceOf(TestDevice);
    await expect(track(new TestDevice(untrusted.url, { extraHeaders: headersFor(untrusted.url) })).connect()).rejects.toThrow();
    // Behind a trusted TLS proxy, a plain-http page of the same host is another origin.
    const plainOrigin = { origin: trusted.url, 'x-forwarded-proto': 'https' };
    await expect(track(new TestDevice(trusted.url, { extraHeaders: plainOrigin })).connect()).rejects.toThrow();
  });

  it('HTTP requests see the forwarded address too (commands over POST share the limits)', async () => {
    const app = await running({ config: { rateLimits, trustProxy: parseTrustProxy('127.0.0.1') } });
    const ask = async (address: string) =>
      fetch(`${app.url}/api/commands`, {
        method: 'POST',
        // A new issued id each time: only the address limit can bite.
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address, 'x-device-id': await issueDeviceId(app.url) },
        body: JSON.stringify({ id: randomUUID(), type: 'question:ask', payload: { questionId: randomUUID(), target, text: 'Über HTTP' } }),
      }).then((r) => r.status);
    expect([await ask('198.51.100.1'), await ask('198.51.100.1'), await ask('198.51.100.1'), await ask('198.51.100.2')]).toEqual([
      200, 200, 429, 200,
    ]);
  });
});
