import { spawnSync } from 'node:child_process';
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { socketEvents } from '../../shared/events.js';
import { schemaVersion } from '../../shared/publicState.js';
import { makeCertificates } from '../support/certificates.js';
import { ServerProcess } from '../support/serverProcess.js';
import { tempDir } from '../support/testServer.js';

const dir = tempDir('ortstermin-tls-');
const certs = makeCertificates(dir.path);
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) await s.dispose();
  dir.remove();
});

/** A free port: bind 0, read it, let go. */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function get(url: string, options: { ca?: Buffer; host?: string } = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const u = new URL(url);
  const send = u.protocol === 'https:' ? request : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      { hostname: '127.0.0.1', port: u.port, path: u.pathname + u.search, headers: { host: options.host ?? u.host }, ca: options.ca, servername: u.hostname },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('HTTPS in the one process', () => {
  it('serves HTTP and Socket.IO with TLS on one port, and the redirect port sends plain HTTP there', async () => {
    const redirectPort = await freePort();
    const server = new ServerProcess({
      TLS_CERT: certs.cert,
      TLS_KEY: certs.key,
      HTTP_REDIRECT_PORT: String(redirectPort),
    });
    servers.push(server);
    await server.start();
    expect(server.links.attendees).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    const base = `https://venue.test:${server.port}`;

    const ready = await get(`${base}/api/ready`, { ca: certs.caPem });
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({ ready: true });

    // Socket.IO over the same port, checked against the test CA (localhost is in the certificate too).
    const local = `https://localhost:${server.port}`;
    const socket = io(local, {
      transports: ['websocket'],
      ca: certs.caPem.toString(),
      extraHeaders: { origin: local },
      reconnection: false,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const reply: unknown = await socket.timeout(5000).emitWithAck(socketEvents.sync, { lastSeq: null, schemaVersion });
    expect(reply).toMatchObject({ kind: 'encoded' });
    socket.disconnect();

    // The container's HEALTHCHECK command against this HTTPS server.
    const health = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/healthcheck.ts'], {
      env: { ...process.env, PORT: String(server.port), TLS_CERT: certs.cert },
    });
    expect(health.status).toBe(0);

    const redirected = await get(`http://venue.test:${redirectPort}/agenda?x=1`);
    expect(redirected.status).toBe(308);
    expect(redirected.headers.location).toBe(`https://venue.test:${server.port}/agenda?x=1`);
  });

  it.each([
    [{ TLS_CERT: '/nonexistent/cert.pem', TLS_KEY: certs.key }, `Ortstermin cannot start: TLS_CERT: cannot read /nonexistent/cert.pem (no such file)`],
    [{ TLS_CERT: certs.key, TLS_KEY: certs.cert }, 'Ortstermin cannot start: TLS_CERT/TLS_KEY:'],
    [{ TLS_CERT: certs.cert }, 'Ortstermin cannot start: invalid configuration: TLS_CERT and TLS_KEY go together; set both or neither'],
  ])('a bad or missing file ends the start with one clear line (%o)', async (env, line) => {
    const server = new ServerProcess(env);
    servers.push(server);
    const failed = await server.start().then(
      () => null,
      (error: Error) => error.message,
    );
    const lines = server.output.trim().split('\n');
    expect(failed).toMatch(/server exited \(1\)/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(line);
  });
});
