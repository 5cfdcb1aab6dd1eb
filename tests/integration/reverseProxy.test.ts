import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:https';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRateLimits } from '../../server/kernel/rateLimits.js';
import { parseTrustProxy } from '../../server/kernel/clientAddress.js';
import { makeCertificates } from '../support/certificates.js';
import { freePort, startCaddy, startNginx, type ProxySite, type RunningProxy } from '../support/reverseProxy.js';
import { eventually, issueDeviceId, TestDevice } from '../support/socketClient.js';
import { tempDir } from '../support/testServer.js';
import { newMailboxId } from '../../shared/replyAddress.js';
import { useServers } from '../support/useServers.js';

const { running, track, defer } = useServers();
const dir = tempDir('ortstermin-proxy-');
const certs = makeCertificates(`${dir.path}/certs`, ['localhost']);
afterAll(() => dir.remove());
const target = { kind: 'session' as const, id: 'digitale-doerfer' };

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca: certs.caPem }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe.each([
  ['nginx', startNginx],
  ['Caddy', startCaddy],
] as const)('deploy/ for %s (Debian package, throwaway instance)', (_name, start) => {
  it('passes HTTPS and the WebSocket through, sends the public scheme, drops a phone’s own X-Forwarded-For, hides /metrics', async () => {
    const httpsPort = await freePort();
    const app = await running({
      config: {
        trustProxy: parseTrustProxy('127.0.0.1'),
        // The address phones are given: the proxy's, so the origin check expects it.
        publicUrl: `https://localhost:${httpsPort}`,
        // One question per address: a phone that could pick its address would get two through.
        rateLimits: { ...defaultRateLimits, askPerAddress: [1, 60], askPerDevice: [100, 60] },
        metricsAccess: { token: null, allow: parseTrustProxy('127.0.0.1') },
      },
    });
    const site: ProxySite = {
      name: 'localhost',
      httpsPort,
      httpPort: await freePort(),
      appPort: Number(new URL(app.url).port),
      cert: certs.cert,
      key: certs.key,
    };
    const proxyDir = tempDir('ortstermin-proxy-instance-');
    defer(() => proxyDir.remove());
    const proxy: RunningProxy = await start(proxyDir.path, site);
    defer(() => proxy.stop());
    const base = `https://localhost:${site.httpsPort}`;

    const ready = await get(`${base}/api/ready`);
    expect(ready.status).toBe(200);
    expect((await get(`${base}/metrics`)).status).toBe(403);

    // The origin check sees https (X-Forwarded-Proto) and the host with its port (Host).
    // Device ids are issued by the app itself here: the test's fetch does not know the throwaway CA.
    const phone = async (spoofed: string) =>
      track(
        new TestDevice(base, {
          deviceId: await issueDeviceId(app.url),
          extraHeaders: { origin: base, 'x-forwarded-for': spoofed },
          transports: ['websocket'],
        }),
      );
    const caOptions = (device: TestDevice) => Object.assign(device.socket.io.opts, { ca: certs.caPem.toString() });
    const first = await phone('203.0.113.1');
    const second = await phone('203.0.113.2');
    caOptions(first);
    caOptions(second);
    await first.connect();
    await second.connect();
    expect(first.lastSeq).toBe(app.server.live.seq());
    const asked = [
      await first.send('question:ask', { questionId: randomUUID(), target, text: 'Über den Proxy' }),
      await second.send('question:ask', { questionId: randomUUID(), target, text: 'Andere Adresse?' }),
    ];
    expect(asked.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'rate_limited']);

    // Live changes flow out through the proxied socket to the other phone.
    await eventually(() => second.received.some((c) => c.type === 'question:asked'));
  }, 30_000);
});

describe('deploy/nginx.conf and a mailbox', () => {
  it('writes an access log line for other requests, none for a mailbox, whose id is a secret', async () => {
    const httpsPort = await freePort();
    const app = await running({ config: { trustProxy: parseTrustProxy('127.0.0.1'), publicUrl: `https://localhost:${httpsPort}` } });
    const site: ProxySite = { name: 'localhost', httpsPort, httpPort: await freePort(), appPort: Number(new URL(app.url).port), cert: certs.cert, key: certs.key };
    const proxyDir = tempDir('ortstermin-proxy-instance-');
    defer(() => proxyDir.remove());
    const accessLog = join(proxyDir.path, 'access.log');
    const proxy = await startNginx(proxyDir.path, site, 'nginx.conf', [], accessLog);
    defer(() => proxy.stop());
    const base = `https://localhost:${site.httpsPort}`;
    const mailbox = newMailboxId();
    const posted = await new Promise<number>((resolve, reject) => {
      const sent = request(`${base}/api/drops/${mailbox}`, { method: 'POST', ca: certs.caPem, headers: { 'content-type': 'application/octet-stream' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      sent.on('error', reject).end(Buffer.from([1, 2, 3]));
    });
    expect(posted).toBe(201);
    expect(JSON.parse((await get(`${base}/api/drops/${mailbox}`)).body)).toEqual({ items: ['AQID'] });
    expect((await get(`${base}/api/ready`)).status).toBe(200);
    // nginx writes the line in its log phase, after the answer has gone out.
    await eventually(() => readFileSync(accessLog, 'utf8').includes('/api/ready'));
    const logged = readFileSync(accessLog, 'utf8');
    expect(logged).not.toContain(mailbox);
    expect(logged).not.toContain('/api/drops');
  }, 30_000);
});
