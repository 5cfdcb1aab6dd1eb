import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ServerProcess } from '../support/serverProcess.js';

const servers: ServerProcess[] = [];
const tracers: ChildProcess[] = [];
afterEach(async () => {
  tracers.splice(0).forEach((t) => t.kill('SIGINT'));
  for (const s of servers.splice(0)) await s.dispose();
});

/**
 * From now on every write of the running server fails as a failing disk's does (EIO), until the
 * returned function detaches strace again.
 */
async function failWrites(pid: number): Promise<() => Promise<void>> {
  const tracer = spawn('strace', ['-f', '-p', String(pid), '-o', '/dev/null', '-e', 'trace=pwrite64', '-e', 'inject=pwrite64:error=EIO']);
  tracers.push(tracer);
  let said = '';
  await new Promise<void>((attached, failed) => {
    tracer.once('exit', (code) => failed(new Error(`strace ended (${code}): ${said}`)));
    tracer.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()).includes('attached') && attached());
  });
  return () => {
    const ended = new Promise<void>((r) => tracer.once('exit', () => r()));
    tracer.kill('SIGINT'); // strace detaches; the server runs on untouched
    return ended;
  };
}

const post = (server: ServerProcess, token: string, text: string) => server.command(token, 'announcement:post', { level: 'info', text });

describe('/api/ready while writes fail', () => {
  it('turns 503 after a commit that could not write, and 200 again once writes work', async () => {
    const server = await new ServerProcess().start();
    servers.push(server);
    const token = await server.tokenFor(server.links.moderator);
    const ready = async () => (await fetch(`${server.url}/api/ready`)).status;
    expect(await post(server, token, 'vorher')).toMatchObject({ ok: true });
    expect(await ready()).toBe(200);

    const writesWorkAgain = await failWrites(server.pid ?? 0);
    expect(await post(server, token, 'während')).toMatchObject({ ok: false });
    expect(await ready()).toBe(503);
    expect(await ready()).toBe(503); // the probe write fails too: still not ready

    await writesWorkAgain();
    expect(await ready()).toBe(200);
    expect(await post(server, token, 'danach')).toMatchObject({ ok: true });
  }, 60_000);
});
