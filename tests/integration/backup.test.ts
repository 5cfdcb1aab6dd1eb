import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { anonymousAttendee } from '../../shared/roles.js';
import { roomsFor } from '../../server/kernel/audience.js';
import { createLiveState } from '../../server/kernel/liveState.js';
import { filesWithModes, reportedSeq, runBackup, servedSnapshot } from '../support/backupRun.js';
import { ServerProcess } from '../support/serverProcess.js';
import { TestDevice } from '../support/socketClient.js';
import { newStore, tempDir } from '../support/testServer.js';

const servers: ServerProcess[] = [];
const devices: TestDevice[] = [];
const scratch = tempDir('ortstermin-backup-');
afterAll(async () => {
  devices.forEach((d) => d.disconnect());
  for (const s of servers) await s.dispose();
  scratch.remove();
});

/** The public snapshot of a database file as it was at `seq`: the log is the state, so cut the log there. */
async function snapshotAt(file: string, seq: number): Promise<unknown> {
  const cut = join(scratch.path, `cut-${seq}.db`);
  copyFileSync(file, cut);
  const db = new Database(cut);
  db.prepare('DELETE FROM changes WHERE seq > ?').run(seq);
  db.close();
  const store = newStore(cut);
  const snapshot = (await createLiveState(store.log, { retention: 10 })).snapshotFor(roomsFor(anonymousAttendee));
  await store.close();
  return snapshot;
}

describe('npm run backup', () => {
  it('a copy taken while commands commit restores, as documented, to the same snapshot', async () => {
    const server = await new ServerProcess().start();
    servers.push(server);
    const moderator = await new TestDevice(server.url, { token: await server.tokenFor(server.links.moderator) }).connect();
    devices.push(moderator);
    let loading = true;
    let committed = 0;
    let lastAcknowledgedSeq = 0;
    let refused = false;
    // Paced at about 50 a second: staff commands are limited to 300 a minute per token, and the
    // load must last through the backup and past it.
    const load = (async () => {
      while (loading) {
        const result = await moderator.send('announcement:post', { level: 'info', text: `Durchsage ${committed}` });
        if (!result.ok) {
          refused = true;
          break;
        }
        committed++;
        lastAcknowledgedSeq = Math.max(lastAcknowledgedSeq, result.seq);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    while (committed < 50) await new Promise((r) => setTimeout(r, 10));

    const backup = join(scratch.path, 'backup-1030');
    const acknowledgedBeforeBackup = lastAcknowledgedSeq;
    const run = await runBackup([backup], { DATA_DIR: server.dataDir.path });
    const atBackup = committed;
    while (committed < atBackup + 10 && !refused) await new Promise((r) => setTimeout(r, 10));
    loading = false;
    await load;
    await server.stop('SIGTERM');

    const seq = reportedSeq(run, 'ortstermin.db');
    const original = new Database(join(server.dataDir.path, 'ortstermin.db'), { readonly: true });
    const finalSeq = Number(original.prepare('SELECT MAX(seq) FROM changes').pluck().get());
    original.close();
    // Every change acknowledged before the backup began is in it (issue 30: a raw copy of the file
    // without its write-ahead log would miss the latest), and it was taken mid-load, not after it.
    expect(acknowledgedBeforeBackup).toBeGreaterThan(50);
    expect(seq).toBeGreaterThanOrEqual(acknowledgedBeforeBackup);
    expect(seq).toBeLessThan(finalSeq);
    // For the operator only, and nothing beside the database (no -wal, no -shm).
    expect(filesWithModes(backup)).toEqual({ 'ortstermin.db': '600' });
    expect((statSync(backup).mode & 0o777).toString(8)).toBe('700');

    // Restore as docs/deployment.md says: the folder's files into DATA_DIR, then start.
    const restoredDir = join(scratch.path, 'restored');
    mkdirSync(restoredDir);
    copyFileSync(join(backup, 'ortstermin.db'), join(restoredDir, 'ortstermin.db'));
    const restored = await new ServerProcess({ DATA_DIR: restoredDir }).start();
    servers.push(restored);
    expect(await servedSnapshot(restored.url)).toEqual(await snapshotAt(join(server.dataDir.path, 'ortstermin.db'), seq));
  }, 60_000);

  it('refuses to overwrite and says what is wrong in one line', async () => {
    const server = await new ServerProcess().start();
    servers.push(server);
    const env = { DATA_DIR: server.dataDir.path };
    const taken = join(scratch.path, 'taken');
    expect(await runBackup([taken], env)).toMatchObject({ code: 0 });
    expect(await runBackup([taken], env)).toMatchObject({ code: 1, stderr: `Backup failed: ${taken} exists already (or its parent does not); name a new folder\n` });
  }, 30_000);
});
