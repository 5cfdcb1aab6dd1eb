import { execFile } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { anonymousAttendee } from '../../shared/roles.js';
import { roomsFor } from '../../server/kernel/audience.js';
import { createLiveState } from '../../server/kernel/liveState.js';
import { ServerProcess } from '../support/serverProcess.js';
import { TestDevice } from '../support/socketClient.js';
import { newStore, tempDir } from '../support/testServer.js';

const run = promisify(execFile);
const servers: ServerProcess[] = [];
const devices: TestDevice[] = [];
const scratch = tempDir('ortstermin-backup-');
afterAll(async () => {
  devices.forEach((d) => d.disconnect());
  for (const s of servers) await s.dispose();
  scratch.remove();
});

const snapshotReply = z.object({ snapshot: z.unknown() });

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
    const load = (async () => {
      while (loading) {
        const result = await moderator.send('announcement:post', { level: 'info', text: `Durchsage ${committed}` });
        if (result.ok) committed++;
      }
    })();
    while (committed < 50) await new Promise((r) => setTimeout(r, 10));

    const file = join(scratch.path, 'backup.db');
    const { stdout } = await run('npm', ['run', '--silent', 'backup', '--', file], { env: { ...process.env, DATA_DIR: server.dataDir.path } });
    const atBackup = committed;
    while (committed < atBackup + 50) await new Promise((r) => setTimeout(r, 10));
    loading = false;
    await load;
    await server.stop('SIGTERM');

    const seq = Number(/up to change (\d+)/.exec(stdout)?.[1]);
    const original = new Database(join(server.dataDir.path, 'ortstermin.db'), { readonly: true });
    const finalSeq = Number(original.prepare('SELECT MAX(seq) FROM changes').pluck().get());
    original.close();
    expect(seq).toBeGreaterThan(50);
    expect(seq).toBeLessThan(finalSeq); // taken mid-load, not after it

    // Restore as docs/deployment.md says: the copy becomes DATA_DIR/ortstermin.db, then start.
    const restoredDir = join(scratch.path, 'restored');
    const restored = new ServerProcess({ DATA_DIR: restoredDir });
    servers.push(restored);
    await run('mkdir', ['-p', restoredDir]);
    copyFileSync(file, join(restoredDir, 'ortstermin.db'));
    await restored.start();
    const served = snapshotReply.parse(await (await fetch(`${restored.url}/api/snapshot`)).json()).snapshot;
    expect(served).toEqual(await snapshotAt(join(server.dataDir.path, 'ortstermin.db'), seq));
  }, 60_000);

  it('refuses to overwrite a file and says what is wrong in one line', async () => {
    const server = await new ServerProcess().start();
    servers.push(server);
    const env = { ...process.env, DATA_DIR: server.dataDir.path };
    const taken = join(scratch.path, 'taken.db');
    await run('npm', ['run', '--silent', 'backup', '--', taken], { env });
    const again = await run('npm', ['run', '--silent', 'backup', '--', taken], { env }).catch((e: { stderr: string; code: number }) => e);
    expect(again).toMatchObject({ code: 1, stderr: `Backup failed: ${taken} exists already; name a new file\n` });
  }, 30_000);
});
