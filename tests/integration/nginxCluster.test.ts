import { describe, expect, it } from 'vitest';
import { eventually, issueDeviceId, TestDevice } from '../support/socketClient.js';
import type { ServerProcess } from '../support/serverProcess.js';
import { useClusterBehindNginx } from '../support/clusterBehindNginx.js';

const { start, devices } = useClusterBehindNginx();

async function connectedDevices(p: ServerProcess): Promise<number> {
  const text = await (await fetch(`${p.url}/metrics`)).text();
  return Number(/^ortstermin_connected_devices (\d+)/m.exec(text)?.[1] ?? -1);
}

describe('deploy/nginx-cluster.conf: three processes on one PostgreSQL behind nginx', () => {
  it('spreads phones behind one address over the processes by their route key, keeps long-polling sessions on one process, and every phone gets every change', async () => {
    const { processes, base, caPem } = await start(3);
    const counts = async () => Promise.all(processes.map(connectedDevices));
    const grown = (after: number[], before: number[]) => after.map((n, i) => n - (before[i] ?? 0));

    // All from one address, as a venue's Wi-Fi behind one NAT looks from a data centre.
    const make = async (i: number, transport: 'polling' | 'websocket', routeKey?: string) => {
      const device = new TestDevice(base, { deviceId: await issueDeviceId(processes[i % 3]!.url), transports: [transport], routeKey });
      Object.assign(device.socket.io.opts, { ca: caPem });
      devices.push(device);
      return device.connect();
    };
    const polling = await Promise.all(Array.from({ length: 10 }, (_, i) => make(i, 'polling', `poll-${i}`)));
    const afterPolling = await counts();
    const websocket = await Promise.all(Array.from({ length: 20 }, (_, i) => make(i, 'websocket', `ws-${i}`)));
    const afterWebsocket = await counts();
    // Clients without a key (pages, older apps) stay sticky by address: all on one process.
    const keyless = await Promise.all(Array.from({ length: 5 }, (_, i) => make(i, 'websocket')));
    const afterKeyless = await counts();

    expect(afterPolling.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect(grown(afterWebsocket, afterPolling).filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect(grown(afterKeyless, afterWebsocket).sort()).toEqual([0, 0, 5]);
    const phones = [...polling, ...websocket, ...keyless];
    expect(afterKeyless.reduce((a, b) => a + b, 0)).toBe(phones.length);

    const moderator = await processes[0]!.tokenFor(processes[0]!.links.moderator);
    for (const text of ['Eins', 'Zwei', 'Drei']) await processes[1]!.command(moderator, 'announcement:post', { level: 'info', text });
    const last = Math.max(...(await Promise.all(processes.map(async (p) => Number(/^ortstermin_seq (\d+)/m.exec(await (await fetch(`${p.url}/metrics`)).text())?.[1] ?? 0)))));
    await eventually(() => phones.every((p) => p.lastSeq === last), 10_000);
    for (const phone of phones) {
      expect(phone.state.announcements.map((a) => a.text).filter((t) => ['Eins', 'Zwei', 'Drei'].includes(t))).toEqual(expect.arrayContaining(['Eins', 'Zwei', 'Drei']));
      const seqs = phone.received.map((c) => c.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
  }, 180_000);
});
