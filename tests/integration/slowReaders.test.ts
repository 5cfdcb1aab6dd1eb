import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { protocolVersion } from '../../shared/protocol.js';
import { useServers } from '../support/useServers.js';

const { running, device, defer } = useServers();

/** Sockets without the protocol's types: the test sends bulk no feature sends. */
interface Untyped {
  on(event: string, listener: (text: string) => void): void;
  emit(event: string, text: string): void;
}

/** A socket that joins and then never reads again, as a phone whose app hangs but keeps its connection. */
async function nonReader(url: string): Promise<WebSocket> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
  defer(() => ws.terminate());
  await new Promise<void>((joined, failed) => {
    ws.on('error', failed);
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith('0')) ws.send(`40${JSON.stringify({ protocol: protocolVersion })}`);
      if (text.startsWith('40')) joined();
    });
  });
  (ws as unknown as { _socket: { pause(): void } })._socket.pause();
  return ws;
}

describe('a socket that does not read (issue 28 item 7)', () => {
  it('is ended once more than the bound waits for it; a phone that reads keeps its connection and gets everything', async () => {
    const app = await running({ config: { socketBufferFloorBytes: 256 * 1024 } });
    const reader = await device(app.url);
    let received = 0;
    (reader.socket as unknown as Untyped).on('noise', (text: string) => (received += text.length));
    await nonReader(app.url);
    expect(app.server.io.engine.clientsCount).toBe(2);

    const chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; i < 60; i++) {
      (app.server.io as unknown as Untyped).emit('noise', chunk);
      await new Promise((r) => setImmediate(r));
    }
    await expect.poll(() => app.server.io.engine.clientsCount, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => received, { timeout: 10_000 }).toBe(60 * chunk.length);
    expect(reader.socket.connected).toBe(true);
  });
});
