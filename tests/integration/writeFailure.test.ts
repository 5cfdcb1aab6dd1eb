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
 * From now on every write of the running server fails as a failing disk's (EIO) or a full one's
 * (ENOSPC) does, until the returned function detaches strace again.
 */
async function failWrites(pid: number, error: 'EIO' | 'ENOSPC' = 'EIO'): Promise<() => Promise<void>> {
  const tracer = spawn('strace', ['-f', '-p', String(pid), '-o', '/dev/null', '-e', 'trace=pwrite64', '-e', `inject=pwrite64:error=${error}`]);
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

describe('a full disk during a stream of commands', () => {
  it('answers unavailable (not internal), logs one structured line without a stack, and keeps every acknowledged post', async () => {
    const server = await new ServerProcess().start();
    servers.push(server);
    const token = await server.tokenFor(server.links.moderator);
    const acknowledged: string[] = [];
    const postAll = async (prefix: string) => {
      const results = await Promise.all(Array.from({ length: 20 }, async (_, i) => [`${prefix} ${i}`, await post(server, token, `${prefix} ${i}`)] as const));
      for (const [text, result] of results) if ((result as { ok?: boolean }).ok) acknowledged.push(text);
      return results.map(([, result]) => result);
    };
    await postAll('vorher');
    const loggedBefore = server.output.length;

    const diskHasRoomAgain = await failWrites(server.pid ?? 0, 'ENOSPC');
    const during = await postAll('voll');
    expect(during.every((r) => (r as { ok?: boolean }).ok === false)).toBe(true);
    expect(during.map((r) => (r as { error?: { code?: string } }).error?.code)).toEqual(during.map(() => 'unavailable'));
    expect((await fetch(`${server.url}/api/ready`)).status).toBe(503);
    await diskHasRoomAgain();
    await postAll('danach');

    const logged = server.output.slice(loggedBefore);
    expect(logged).not.toMatch(/\n\s+at /);
    const lines = logged.split('\n').filter((line) => line.includes('SQLITE_FULL'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'commit', reason: 'SQLITE_FULL' });
    const snapshot = (await (await fetch(`${server.url}/api/snapshot`)).json()) as { snapshot: { state: { announcements: { text: string }[] } } };
    const kept = new Set(snapshot.snapshot.state.announcements.map((a) => a.text));
    expect(acknowledged.filter((text) => !kept.has(text))).toEqual([]);
    expect(acknowledged).toHaveLength(40);
  }, 60_000);
});
