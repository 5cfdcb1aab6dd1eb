import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ensureClientBuild } from '../../scripts/ensureClientBuild.js';
import type { CommandResult } from '../../shared/errors.js';
import { socketEvents, type ClientToServerEventsReceived, type ServerToClientEvents } from '../../shared/events.js';
import { ServerProcess } from '../support/serverProcess.js';
import { eventually, issueDeviceId } from '../support/socketClient.js';

type Phone = Socket<ServerToClientEvents, ClientToServerEventsReceived>;
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const target = { kind: 'session' as const, id: 'digitale-doerfer' };
const phones: Phone[] = [];
let server: ServerProcess | undefined;

beforeAll(async () => {
  await ensureClientBuild();
  // What `npm run build` adds to the client's build: the server compiled to dist/.
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/buildServer.ts')], { cwd: root, stdio: 'pipe' });
}, 240_000);
afterAll(async () => {
  phones.forEach((p) => p.disconnect());
  await server?.dispose();
});

const send = (socket: Phone, type: string, payload: unknown): Promise<CommandResult | null> =>
  socket.timeout(8000).emitWithAck(socketEvents.command, { id: randomUUID(), type, payload }).catch(() => null);

function phone(url: string, deviceId: string): Phone {
  const socket: Phone = io(url, { transports: ['websocket'], forceNew: true, auth: { deviceId }, reconnection: false });
  phones.push(socket);
  return socket;
}

describe('the compiled server (npm run build, npm run serve)', () => {
  it('starts from dist/ without tsx, serves the app and the API, and one Ctrl+C to its process group stops it gracefully', async () => {
    server = await new ServerProcess({}, 'compiled').start();
    const pid = server.pid;
    expect(execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' })).toMatch(/dist\/server\/main\.js/);

    const health = z.object({ ok: z.literal(true), version: z.string() }).parse(await (await fetch(`${server.url}/api/health`)).json());
    expect(health.version).toMatch(/^\d+\.\d+\.\d+/);
    expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
    const shell = await fetch(`${server.url}/agenda`);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('<div id="root">');
    const snapshot = z.object({ snapshot: z.object({ state: z.object({ sessions: z.record(z.string(), z.unknown()) }) }) });
    expect(Object.keys(snapshot.parse(await (await fetch(`${server.url}/api/snapshot`)).json()).snapshot.state.sessions)).toContain('digitale-doerfer');

    // Twenty phones ask one after the other; Ctrl+C comes while their questions are in flight.
    const devices = await Promise.all(Array.from({ length: 20 }, async () => phone(server!.url, await issueDeviceId(server!.url))));
    await eventually(() => devices.every((d) => d.connected), 20_000);
    const acknowledged: string[] = [];
    let stopped: Promise<void> | null = null;
    await Promise.all(devices.map(async (d) => {
      for (let i = 0; i < 10; i++) {
        const questionId = randomUUID();
        const result = await send(d, 'question:ask', { questionId, target, text: `Gebaut? ${i}` });
        if (!result) return;
        if (result.ok) acknowledged.push(questionId);
        if (acknowledged.length >= 60) stopped ??= server!.stop('SIGINT', true);
      }
    }));
    await stopped;
    // One signal, one graceful stop: exit code 0, not the second signal's "exit at once" (1).
    expect(server.lastExit).toMatchObject({ code: 0, signal: null });
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    await server.start();
    const log = z.object({ changes: z.array(z.object({ type: z.string(), data: z.unknown() })) }).parse(await (await fetch(`${server.url}/api/changes?since=0`)).json());
    const stored = JSON.stringify(log.changes.filter((c) => c.type === 'question:asked'));
    expect(acknowledged.filter((id) => !stored.includes(id))).toEqual([]);
  }, 120_000);
});
