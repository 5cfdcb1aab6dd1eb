import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/testServer.js';
import { ServerProcess } from '../support/serverProcess.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

/** Starts `npm start`'s server process, wrapped (strace, another user), and waits for it to end. */
function startServer(dataDir: string, wrapper: string[] = []): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const command = [...wrapper, process.execPath, '--import', 'tsx', join(root, 'server/main.ts')];
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'no-client') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let [stdout, stderr] = ['', ''];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('Attendees:')) child.kill('SIGKILL'); // it started: not what these tests expect
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, stderr, stdout })));
}

function expectOneClearLine(result: { code: number | null; stderr: string }, says: RegExp): void {
  expect(result.code).not.toBe(0);
  expect(result.code).not.toBeNull();
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(says);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

function folder(): string {
  const dir = tempDir('ortstermin-start-');
  dirs.push(dir);
  return dir.path;
}

describe('start-up problems end with one clear line and a non-zero exit code', () => {
  it('a data folder the server may not write to', async () => {
    const data = join(folder(), 'data');
    mkdirSync(data, { mode: 0o755 });
    chmodSync(join(data, '..'), 0o755);
    // Root may write anywhere, so the server runs as `nobody`, as a service account would.
    const result = await startServer(data, ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups']);
    expectOneClearLine(result, /cannot write to its data folder .*DATA_DIR/);
  });

  it('a restored database the server may read but not write (copied as root)', async () => {
    const data = join(folder(), 'data');
    mkdirSync(data, { mode: 0o755 });
    chmodSync(join(data, '..'), 0o755);
    chownSync(data, 65534, 65534); // the service user's folder, as the docs set it up
    const restored = new Database(join(data, 'ortstermin.db'));
    restored.pragma('user_version = 0');
    restored.close();
    chmodSync(join(data, 'ortstermin.db'), 0o644); // root's copy: readable, not writable, for nobody
    const result = await startServer(data, ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups']);
    expectOneClearLine(result, /cannot write .*ortstermin\.db .*chown/);
  });

  it('a full disk', async () => {
    const data = folder();
    // strace makes every write to a file fail as a full disk does (ENOSPC), from the first on.
    const result = await startServer(data, ['strace', '-f', '-o', '/dev/null', '-e', 'trace=pwrite64', '-e', 'inject=pwrite64:error=ENOSPC']);
    expectOneClearLine(result, /disk .* is full .*free some space/);
  });

  it('a staff-codes.json a full disk cut short (0 bytes), named with what to do', async () => {
    const first = new ServerProcess();
    try {
      await first.start(); // makes the codes and the file
      await first.stop('SIGTERM');
      writeFileSync(join(first.dataDir.path, 'staff-codes.json'), '');
      const file = join(first.dataDir.path, 'staff-codes.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expectOneClearLine(await startServer(first.dataDir.path), new RegExp(`${file} is damaged .*move it away`));
    } finally {
      await first.dispose();
    }
  });

  it('a database from a newer version', async () => {
    const data = folder();
    const db = new Database(join(data, 'ortstermin.db'));
    db.pragma('user_version = 99');
    db.close();
    expectOneClearLine(await startServer(data), /newer version of Ortstermin/);
  });

  it('a damaged database file', async () => {
    const data = folder();
    writeFileSync(join(data, 'ortstermin.db'), 'this is not a database '.repeat(400));
    expectOneClearLine(await startServer(data), /is damaged .*restore it from a backup/);
  });
});

describe('files holding personal data', () => {
  it('creates ortstermin.db and the staff codes readable by their owner only', async () => {
    const server = new ServerProcess();
    try {
      await server.start();
      for (const file of ['ortstermin.db', 'staff-codes.json']) {
        expect((statSync(join(server.dataDir.path, file)).mode & 0o777).toString(8), file).toBe('600');
      }
    } finally {
      await server.dispose();
    }
  });
});

it('has strace and setpriv, which the tests above need', () => {
  expect(spawnSync('strace', ['-V']).status).toBe(0);
  expect(spawnSync('setpriv', ['--version']).status).toBe(0);
});
