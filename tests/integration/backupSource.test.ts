import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import { reportedSeq, runBackup, servedSnapshot, type BackupRun } from '../support/backupRun.js';
import { seedTwoEvents } from '../support/seriesSeed.js';
import { ServerProcess } from '../support/serverProcess.js';
import { tempDir } from '../support/testServer.js';

const servers: ServerProcess[] = [];
const dirs: { path: string; remove(): void }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.dispose();
  dirs.splice(0).forEach((d) => d.remove());
});
const scratch = () => (dirs.push(tempDir('ortstermin-backup-')), dirs.at(-1)?.path ?? '');
const started = async (server: ServerProcess) => (servers.push(server), server.start());

function expectRefused(run: BackupRun, says: RegExp, target: string): void {
  expect(run.code).toBe(1);
  expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(says);
  expect(existsSync(target)).toBe(false);
}

describe('npm run backup copies the running server’s database or none', () => {
  it('refuses a DATA_DIR no running server writes: an old folder of a server killed long ago, or an empty one', async () => {
    const old = await started(new ServerProcess());
    await old.command(await old.tokenFor(old.links.moderator), 'announcement:post', { level: 'info', text: 'alt' });
    await old.stop('SIGKILL'); // its server.json stays behind, naming a process that is gone
    await started(new ServerProcess()); // the server that runs now, elsewhere
    const target = join(scratch(), 'backup');
    expectRefused(await runBackup([target], { DATA_DIR: old.dataDir.path }), /no running server announces .*DATA_DIR/, target);
    expectRefused(await runBackup([target], { DATA_DIR: scratch() }), /no running server announces/, target);
  }, 60_000);

  it('with --server-stopped: copies a stopped server’s folder, and refuses while one runs on it', async () => {
    const server = await started(new ServerProcess());
    const target = join(scratch(), 'backup');
    expectRefused(await runBackup([target, '--server-stopped'], { DATA_DIR: server.dataDir.path }), /still runs on .*leave out --server-stopped/, target);
    await server.stop('SIGTERM');
    const run = await runBackup([target, '--server-stopped'], { DATA_DIR: server.dataDir.path });
    expect(run).toMatchObject({ code: 0 });
    expect(reportedSeq(run, 'ortstermin.db')).toBeGreaterThan(0);
  }, 60_000);

  it('holds every event of a series, and restored, each serves the snapshot it had', async () => {
    const server = new ServerProcess();
    const home = createSqliteStore({ filename: join(server.dataDir.path, 'ortstermin.db') });
    await seedTwoEvents(home);
    await home.close();
    await started(server);
    const before = { mai: await servedSnapshot(server.url, '2026-mai'), okt: await servedSnapshot(server.url, '2026-okt') };
    const target = join(scratch(), 'backup');
    const run = await runBackup([target], { DATA_DIR: server.dataDir.path });
    expect(run.stdout).toMatch(/2 events: ortstermin\.db up to change \d+, events\/e-okt\.db up to change \d+/);
    expect(readdirSync(join(target, 'events'))).toEqual(['e-okt.db']);

    await server.stop('SIGTERM');
    const restoredDir = join(scratch(), 'restored');
    cpSync(target, restoredDir, { recursive: true }); // as the docs say: the folder's files into DATA_DIR
    const restored = await started(new ServerProcess({ DATA_DIR: restoredDir }));
    expect(await servedSnapshot(restored.url, '2026-mai')).toEqual(before.mai);
    expect(await servedSnapshot(restored.url, '2026-okt')).toEqual(before.okt);
  }, 60_000);
});
