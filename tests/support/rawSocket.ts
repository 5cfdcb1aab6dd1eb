import WebSocket from 'ws';
import { protocolVersion } from '../../shared/protocol.js';

/**
 * One Socket.IO event with an ack, written as the raw frame: for what socket.io-client cannot even
 * encode (its encoder walks the arguments recursively, so a payload nested thousands deep
 * overflows in the sender before anything reaches the server).
 */
export function rawEventWithAck(baseUrl: string, argumentsJson: string, options: { token?: string; timeoutMs?: number } = {}): Promise<unknown> {
  const auth = { protocol: protocolVersion, ...(options.token ? { token: options.token } : {}) };
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(() => reject(new Error('no ack'))), options.timeoutMs ?? 10_000);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      ws.terminate();
      settle();
    };
    ws.on('error', (error) => finish(() => reject(error)));
    // A frame over the size cap ends the connection: no ack will come.
    ws.on('close', () => finish(() => reject(new Error('connection closed'))));
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text === '2') return ws.send('3');
      if (text.startsWith('0')) return ws.send(`40${JSON.stringify(auth)}`);
      if (text.startsWith('40')) return ws.send(`421${argumentsJson}`);
      if (text.startsWith('44')) return finish(() => reject(new Error(`connect refused: ${text.slice(2)}`)));
      if (text.startsWith('431')) finish(() => resolve((JSON.parse(text.slice(3)) as unknown[])[0]));
    });
  });
}
