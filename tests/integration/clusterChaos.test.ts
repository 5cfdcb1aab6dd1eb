import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CommandResult } from '../../shared/errors.js';
import { eventually, fetchRetrying, issueDeviceId, TestDevice } from '../support/socketClient.js';
import { useClusterBehindNginx } from '../support/clusterBehindNginx.js';

const { start, devices } = useClusterBehindNginx();

const changesReply = z.object({ kind: z.literal('changes'), changes: z.array(z.object({ seq: z.number(), type: z.string(), data: z.unknown() })) });
const target = { kind: 'session' as const, id: 'digitale-doerfer' };
const phoneCount = 300;

function sendOnce(device: TestDevice, command: unknown): Promise<CommandResult | null> {
  const gone = new Promise<null>((done) => device.socket.once('disconnect', () => done(null)));
  return Promise.race([device.sendRaw(command).catch(() => null), gone]);
}

describe('three processes on one PostgreSQL behind nginx, 300 phones, one process killed with kill -9', () => {
  it("loses no acknowledged question, takes none twice, and every phone ends at the last seq with the snapshot's state", async () => {
    const { processes, base, caPem } = await start(3);
    // All from one address with a route key each, as the app's phones on a venue's Wi-Fi; a phone keeps its key when it reconnects.
    const open = async (i: number, deviceId: string) => {
      const device = new TestDevice(base, { deviceId, transports: ['websocket'], routeKey: `phone-${i}` });
      Object.assign(device.socket.io.opts, { ca: caPem });
      devices.push(device);
      return device.connect();
    };
    // Fifty at a time, as phones arrive at a door: 300 requests at once can outwait fetch's connect timeout on a loaded machine.
    const ids: string[] = [];
    for (let i = 0; i < phoneCount; i += 50) {
      ids.push(...(await Promise.all(Array.from({ length: Math.min(50, phoneCount - i) }, (_, j) => issueDeviceId(processes[(i + j) % 3]!.url)))));
    }
    const phones: TestDevice[] = [];
    for (let i = 0; i < phoneCount; i += 50) phones.push(...(await Promise.all(ids.slice(i, i + 50).map((id, j) => open(i + j, id)))));

    // Two questions per phone, sent in order as the outbox does.
    const outboxes = phones.map(() => [1, 2].map((n) => ({ id: randomUUID(), type: 'question:ask', payload: { questionId: randomUUID(), target, text: `Über die Front ${n}` } })));
    const acked = new Set<string>();
    let killed: Promise<void> | null = null;
    let movedOver = 0;
    const flush = async (i: number) => {
      for (const command of outboxes[i]!) {
        for (;;) {
          const result = await sendOnce(phones[i]!, command);
          if (result?.ok) {
            acked.add(command.payload.questionId);
            // At the first answer, while the other commands are in flight.
            killed ??= processes[2]!.stop('SIGKILL');
            break;
          }
          if (!phones[i]!.socket.connected) {
            // Back through the front: nginx sends it to a living process.
            phones[i] = await open(i, ids[i]!).catch(async () => (await new Promise((r) => setTimeout(r, 500)), open(i, ids[i]!)));
            movedOver++;
          }
        }
      }
    };
    const moderator = await processes[0]!.tokenFor(processes[0]!.links.moderator);
    const announcements = (async () => {
      for (let i = 0; i < 5; i++) await processes[0]!.command(moderator, 'announcement:post', { level: 'info', text: `Durchsage ${i}` });
    })();
    await Promise.all([...phones.map((_, i) => flush(i)), announcements]);
    await killed;
    expect(killed).not.toBeNull();
    expect(movedOver).toBeGreaterThan(0);

    const log = changesReply.parse(await (await fetchRetrying(`${processes[0]!.url}/api/changes?since=0`)).json());
    const asked = log.changes.filter((c) => c.type === 'question:asked').map((c) => JSON.stringify(c.data));
    for (const command of outboxes.flat()) expect(asked.filter((data) => data.includes(command.payload.questionId))).toHaveLength(1);
    expect(asked).toHaveLength(phoneCount * 2);
    expect(acked.size).toBe(phoneCount * 2);
    const last = log.changes.at(-1)!.seq;
    await eventually(() => phones.every((p) => p.lastSeq === last), 30_000);
    const reference = await open(299, ids[299]!);
    for (const phone of phones) {
      expect(phone.state).toEqual(reference.state);
      const seqs = phone.received.map((c) => c.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
  }, 300_000);
});
