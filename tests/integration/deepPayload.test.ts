import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/kernel/logger.js';
import { socketEvents } from '../../shared/events.js';
import { rawEventWithAck } from '../support/rawSocket.js';
import { useServers } from '../support/useServers.js';

/**
 * Issue 28, item 4: a payload nested thousands of arrays deep (well under the 16 KiB cap) is a
 * client's mistake: a typed `invalid_command`, never an internal error or a stack in the log.
 */

const { running, device } = useServers();

/** `[[[…]]]` n levels deep, as JSON text: 2n bytes. */
const nestedJson = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

/** A log that keeps its lines, to see what a request wrote. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger('info', sink), errors: () => lines.filter((line) => Number(line.level) >= 50) };
}

describe('a deeply nested command payload', () => {
  it.each([5000, 8000])('over HTTP, %i levels in an extra field: invalid_command, nothing logged as an error', async (depth) => {
    const { log, errors } = capturedLog();
    const app = await running({ config: { log } });
    const body = `{"id":"${randomUUID()}","type":"announcement:post","payload":{"level":"info","text":"Hallo","extra":${nestedJson(depth)}}}`;
    expect(body.length).toBeLessThan(16 * 1024);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${app.moderatorToken}` };
    const seq = app.server.live.seq();
    const response = await fetch(`${app.url}/api/commands`, { method: 'POST', headers, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_command', issues: [{ path: 'payload' }] } });
    expect(app.server.live.seq()).toBe(seq);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors()).toEqual([]);
  });

  it.each([5000, 8000])('over the socket, %i levels as the payload itself: invalid_command, nothing logged as an error', async (depth) => {
    const { log, errors } = capturedLog();
    const app = await running({ config: { log } });
    const reply = await rawEventWithAck(app.url, `["${socketEvents.command}",{"id":"${randomUUID()}","type":"question:ask","payload":${nestedJson(depth)}}]`);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors()).toEqual([]);
  });

  it('a payload of ordinary depth still works', async () => {
    const app = await running();
    const moderator = await device(app.url, app.moderatorToken);
    expect(await moderator.send('announcement:post', { level: 'info', text: 'Kaffee im Foyer' })).toMatchObject({ ok: true });
  });
});
