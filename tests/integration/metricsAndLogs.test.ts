import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defaultRateLimits } from '../../server/kernel/rateLimits.js';
import { parseTrustProxy } from '../../server/kernel/clientAddress.js';
import { createLogger } from '../../server/kernel/logger.js';
import { useServers } from '../support/useServers.js';

const { running, device } = useServers();
const metricsToken = 'metrics-token-for-the-test-0123';
const target = { kind: 'session' as const, id: 'digitale-doerfer' };

/** The value of one sample line, e.g. `ortstermin_commands_total{type="question:ask",outcome="ok"}`; 0 when absent. */
function sample(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('/metrics', () => {
  it('is refused without the token (or a wrong one), and the figures move when commands run', async () => {
    const app = await running({
      config: {
        metricsAccess: { token: metricsToken, allow: parseTrustProxy('') },
        rateLimits: { ...defaultRateLimits, askPerDevice: [1, 60] },
      },
    });
    const scrape = (token?: string) => fetch(`${app.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await scrape()).status).toBe(403);
    expect((await scrape('wrong-token-wrong-token-0123')).status).toBe(403);
    const before = await (await scrape(metricsToken)).text();

    const phone = await device(app.url);
    await device(app.url);
    expect((await phone.send('question:ask', { questionId: randomUUID(), target, text: 'Gezählt?' })).ok).toBe(true);
    const refused = await phone.send('question:ask', { questionId: randomUUID(), target, text: 'Zu schnell' });
    expect(refused.ok).toBe(false);
    // A made-up type is counted, but under one label: a client cannot add label values at will.
    expect(await phone.sendRaw({ id: randomUUID(), type: `made:up-${randomUUID()}`, payload: {} })).toMatchObject({ ok: false });

    const response = await scrape(metricsToken);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const after = await response.text();
    const ask = '{type="question:ask",outcome="ok"}';
    expect(sample(after, 'ortstermin_commands_total', ask)).toBe(sample(before, 'ortstermin_commands_total', ask) + 1);
    expect(sample(after, 'ortstermin_commands_total', '{type="question:ask",outcome="rate_limited"}')).toBe(1);
    expect(sample(after, 'ortstermin_rate_limit_refusals_total', '{type="question:ask"}')).toBe(1);
    expect(sample(after, 'ortstermin_commands_total', '{type="other",outcome="unknown_command"}')).toBe(1);
    expect(after).not.toContain('made:up');
    expect(sample(after, 'ortstermin_connected_devices')).toBe(2);
    expect(sample(after, 'ortstermin_seq')).toBe(app.server.live.seq());
    expect(sample(after, 'ortstermin_seq')).toBeGreaterThan(sample(before, 'ortstermin_seq'));
    expect(sample(after, 'ortstermin_sync_replies_total', '{kind="snapshot"}')).toBe(2);
    expect(sample(after, 'ortstermin_commit_duration_seconds_count')).toBeGreaterThan(sample(before, 'ortstermin_commit_duration_seconds_count'));
    expect(after).toMatch(/^ortstermin_event_loop_delay_seconds\{quantile="0.99"\} \d/m);
    // The process's own figures (prom-client's defaults): memory and CPU.
    expect(sample(after, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(sample(after, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(sample(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('answers listed addresses without a token, and is never part of the public API', async () => {
    const open = await running({ config: { metricsAccess: { token: null, allow: parseTrustProxy('127.0.0.1') } } });
    expect((await fetch(`${open.url}/metrics`)).status).toBe(200);
    const closed = await running();
    expect((await fetch(`${closed.url}/metrics`)).status).toBe(403);
  });
});

describe('health', () => {
  it('/api/health is live and /api/ready says the state is loaded; ready turns 503 while stopping', async () => {
    const app = await running();
    // The version is the release's, as package.json and CHANGELOG.md name it.
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8')).toContain(`## [${version}]`);
    expect(await (await fetch(`${app.url}/api/health`)).json()).toEqual({ ok: true, seq: app.server.live.seq(), version });
    const ready = await fetch(`${app.url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, seq: app.server.live.seq() });
    // The container's HEALTHCHECK command asks the same (a child process: this server runs in the test's own loop).
    const healthcheck = (port: string) =>
      new Promise<number | null>((done) =>
        execFile(process.execPath, ['--import', 'tsx', 'scripts/healthcheck.ts'], { env: { ...process.env, PORT: port, TLS_CERT: '' } }, (error) =>
          done(error ? (typeof error.code === 'number' ? error.code : null) : 0),
        ),
      );
    expect(await healthcheck(new URL(app.url).port)).toBe(0);
    const stopping = app.server.shutdown();
    expect((await app.server.fetch(new Request(`${app.url}/api/ready`))).status).toBe(503);
    await stopping;
    expect(await healthcheck(new URL(app.url).port)).toBe(1);
  });
});

describe('logs', () => {
  it('one structured line per request and per command with outcome and duration; codes and tokens never appear', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(...chunk.toString().split('\n').filter(Boolean)), done()) });
    const app = await running({ config: { log: createLogger('info', sink) } });
    const { code } = (await app.server.access.createCode({ role: 'moderator', label: 'Log-Test' }));
    const redeemed = await fetch(`${app.url}/api/access/redeem?code=${code}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const { token } = (await redeemed.json()) as { token: string };
    expect(token).toMatch(/.{16,}/);
    await fetch(`${app.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    const staff = await device(app.url, token);
    expect((await staff.send('announcement:post', { level: 'info', text: 'Kaffee ist da' })).ok).toBe(true);
    await fetch(`${app.url}/api/commands?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ id: randomUUID(), type: 'question:ask', payload: { questionId: randomUUID(), target, text: 'Per HTTP' } }),
    });
    await new Promise((r) => setTimeout(r, 50));

    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.kind === 'request');
    expect(requests.find((e) => e.path === '/api/access/redeem')).toMatchObject({ method: 'POST', status: 200, ms: expect.any(Number) });
    expect(requests.find((e) => e.path === '/api/me')).toMatchObject({ status: 200 });
    const commands = entries.filter((e) => e.kind === 'command');
    expect(commands.map((e) => [e.type, e.outcome])).toEqual(expect.arrayContaining([['question:ask', 'ok']]));
    expect(commands.every((e) => typeof e.ms === 'number' && typeof e.outcome === 'string')).toBe(true);
    const all = lines.join('\n');
    expect(all).not.toContain(code);
    expect(all).not.toContain(token);
  });
});
