import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CommandResult } from '../../shared/errors.js';
import { startPostgres, type ThrowawayPostgres } from '../support/postgres.js';
import { ServerProcess } from '../support/serverProcess.js';
import { eventually, TestDevice } from '../support/socketClient.js';

let cluster: ThrowawayPostgres;
const processes: ServerProcess[] = [];
const devices: TestDevice[] = [];
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(async () => {
  devices.forEach((d) => d.disconnect());
  for (const p of processes) await p.dispose();
  await cluster?.remove();
});

const changesReply = z.object({ kind: z.literal('changes'), changes: z.array(z.object({ seq: z.number(), type: z.string(), data: z.unknown() })) });
const target = { kind: 'session' as const, id: 'digitale-doerfer' };

/** Sends one command; a socket that drops first counts as no answer (the outbox keeps it). */
function sendOnce(device: TestDevice, command: unknown): Promise<CommandResult | null> {
  const gone = new Promise<null>((done) => device.socket.once('disconnect', () => done(null)));
  return Promise.race([device.sendRaw(command).catch(() => null), gone]);
}

describe('two server processes on one PostgreSQL, one killed with kill -9', () => {
  it("loses no acknowledged question, takes none twice, and every phone ends at the last seq with the snapshot's state", async () => {
    const url = await cluster.createDatabase();
    const [a, b] = [new ServerProcess({ DATABASE_URL: url }), new ServerProcess({ DATABASE_URL: url })];
    processes.push(a, b);
    await a.start();
    await b.start();
    const moderator = await a.tokenFor(a.links.moderator);

    // Thirty phones, half on each process, each with four questions in its outbox.
    const phones = await Promise.all(Array.from({ length: 30 }, (_, i) => new TestDevice((i % 2 ? b : a).url).connect()));
    devices.push(...phones);
    const outboxes = phones.map(() => Array.from({ length: 4 }, (_, i) => ({ id: randomUUID(), type: 'question:ask', payload: { questionId: randomUUID(), target, text: `Frage ${i}` } })));
    const acked = new Set<string>();

    let killed: Promise<void> | null = null;
    let movedOver = 0;
    const flush = async (index: number) => {
      let phone = phones[index]!;
      for (const command of outboxes[index]!) {
        for (;;) {
          const result = await sendOnce(phone, command);
          if (result?.ok) {
            acked.add(command.payload.questionId);
            // The first answers kill the other process mid-run.
            if (acked.size === 20) killed ??= b.stop('SIGKILL');
            break;
          }
          if (!phone.socket.connected) {
            // As the front would: the phone comes back through the surviving process, same device id.
            phone = new TestDevice(a.url, { deviceId: phone.deviceId ?? undefined });
            devices.push(phone);
            await phone.connect();
            phones[index] = phone;
            movedOver++;
          }
        }
      }
    };
    const announcements = (async () => {
      for (let i = 0; i < 5; i++) await a.command(moderator, 'announcement:post', { level: 'info', text: `Durchsage ${i}` });
    })();
    await Promise.all([...phones.map((_, i) => flush(i)), announcements]);
    await killed;
    // The kill really came mid-run: phones of the killed process had to move over.
    expect(killed).not.toBeNull();
    expect(movedOver).toBeGreaterThan(0);

    const log = changesReply.parse(await (await fetch(`${a.url}/api/changes?since=0`)).json());
    const asked = log.changes.filter((c) => c.type === 'question:asked').map((c) => JSON.stringify(c.data));
    const all: string[] = outboxes.flat().map((c) => c.payload.questionId);
    for (const id of all) expect(asked.filter((data) => data.includes(id))).toHaveLength(1);
    expect([...acked].every((id) => all.includes(id))).toBe(true);
    expect(asked).toHaveLength(all.length);
    const last = log.changes.at(-1)!.seq;
    await eventually(() => phones.every((p) => p.lastSeq === last), 15_000);
    const reference = await new TestDevice(a.url).connect();
    devices.push(reference);
    for (const phone of phones) expect(phone.state).toEqual(reference.state);
  }, 180_000);
});
