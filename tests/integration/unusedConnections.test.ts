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
    // A request that is being answered while the server closes gets its whole answer.
    const answer = fetch(`${app.url}/api/snapshot`).then(async (r) => ({ status: r.status, body: await r.text() }));
    await new Promise((r) => setTimeout(r, 20));

    const closed = Promise.all([app.server.close(), ended]).then(() => 'closed' as const);
    const waited = new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), 10_000).unref());
    expect(await Promise.race([closed, waited])).toBe('closed');
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(body)).toHaveProperty('snapshot.seq');
    await app.store.close();
  }, 30_000);
});
