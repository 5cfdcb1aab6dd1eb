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
  it('spreads phones over the processes by address, keeps long-polling sessions on one process, and every phone gets every change', async () => {
    const { processes, base, caPem } = await start(3);

    // Phones on WebSocket from twenty addresses, and five on long-polling only (one address).
    const make = async (i: number, polling: boolean) => {
      const device = new TestDevice(base, { deviceId: await issueDeviceId(processes[i % 3]!.url), transports: polling ? ['polling'] : ['websocket'] });
      Object.assign(device.socket.io.opts, { ca: caPem, ...(polling ? {} : { localAddress: `127.0.0.${10 + i}` }) });
      devices.push(device);
      return device.connect();
    };
    const phones = await Promise.all([...Array.from({ length: 20 }, (_, i) => make(i, false)), ...Array.from({ length: 5 }, (_, i) => make(i, true))]);
    const counts = await Promise.all(processes.map(connectedDevices));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(25);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);

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
