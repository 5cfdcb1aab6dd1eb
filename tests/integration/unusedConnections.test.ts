import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../support/testServer.js';

describe('closing with a connection a browser opened ahead and never used', () => {
  it('ends it instead of waiting for its headers timeout (up to 60 s), and still answers a request in flight', async () => {
    const app = await startTestServer();
    const { port } = new URL(app.url);
    // What Chromium does for links on the page: a connection opened ahead, no request on it.
    const unused = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => unused.once('connect', resolve));
    const ended = new Promise<void>((resolve) => unused.once('close', () => resolve()));
    // A command whose body is still arriving while the server closes: in flight for certain, however
    // slow the machine, until its second half is sent; it must still get its whole answer.
    const body = JSON.stringify({ id: 'c-unused-connections', type: 'question:ask', payload: {} });
    const inFlight = request({ port, method: 'POST', path: '/api/commands', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      inFlight.on('error', reject);
    });
    inFlight.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 2000));

    const closed = Promise.all([app.server.close(), ended]).then(() => 'closed' as const);
    inFlight.end(body.slice(10));
    const waited = new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), 10_000).unref());
    expect(await Promise.race([closed, waited])).toBe('closed');
    const { status, text } = await answer;
    // Refused (no device id), but answered in full: a typed error, not a cut connection.
    expect(status).toBeGreaterThanOrEqual(400);
    expect(JSON.parse(text)).toMatchObject({ ok: false, error: { code: expect.any(String) } });
    await app.store.close();
  }, 30_000);
});
