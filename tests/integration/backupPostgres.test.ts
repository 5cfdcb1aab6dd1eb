import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { reportedSeq, runBackup, servedSnapshot } from '../support/backupRun.js';
import { postgresBin } from '../support/postgres.js';
import { seedTwoEvents } from '../support/seriesSeed.js';
import { ServerProcess } from '../support/serverProcess.js';
import { tempDir } from '../support/testServer.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const run = promisify(execFile);
const cluster = useThrowawayPostgres();
const servers: ServerProcess[] = [];
const scratch = tempDir('ortstermin-pg-backup-');
afterAll(async () => {
  for (const s of servers) await s.dispose();
  scratch.remove();
});
const started = async (server: ServerProcess) => (servers.push(server), server.start());

describe('npm run backup on PostgreSQL', () => {
  it('a pg_dump of every event restored with pg_restore into a new database gives the same snapshots', async () => {
    const url = await cluster().createDatabase();
    const home = await createPostgresStore(url, { max: 1 });
    await seedTwoEvents(home);
    await home.close();
    const server = await started(new ServerProcess({ DATABASE_URL: url }));
    // A database with content gets no demo and so no demo moderator: the organizer posts.
    const token = await server.tokenFor(server.links.organizer);
    for (const text of ['Eins', 'Zwei', 'Drei']) expect(await server.command(token, 'announcement:post', { level: 'info', text })).toMatchObject({ ok: true });
    const before = { mai: await servedSnapshot(server.url, '2026-mai'), okt: await servedSnapshot(server.url, '2026-okt') };

    const file = join(scratch.path, 'ortstermin-1030.dump');
    const backup = await runBackup([file], { DATABASE_URL: url });
    expect(backup, backup.stderr).toMatchObject({ code: 0 });
    // Each event's programme and stands (2 changes each) and the three announcements, in one of them.
    expect(reportedSeq(backup, 'public') + reportedSeq(backup, 'event_e_okt')).toBe(7);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    // The original moves on after the backup: the restore must be the backup, not the live database.
    expect(await server.command(token, 'announcement:post', { level: 'info', text: 'Nach der Sicherung' })).toMatchObject({ ok: true });

    // Restore as docs/deployment.md says: a new database, pg_restore into it, DATABASE_URL to it.
    const restoredUrl = await cluster().createDatabase(`restored_${process.pid}`);
    await run(join(postgresBin, 'pg_restore'), ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${restoredUrl}`, file]);
    const restored = await started(new ServerProcess({ DATABASE_URL: restoredUrl }));
    expect(await servedSnapshot(restored.url, '2026-mai')).toEqual(before.mai);
    expect(await servedSnapshot(restored.url, '2026-okt')).toEqual(before.okt);
  }, 120_000);

  it('refuses to overwrite a file', async () => {
    const url = await cluster().createDatabase();
    await (await createPostgresStore(url, { max: 1 })).close();
    const file = join(scratch.path, 'taken.dump');
    expect(await runBackup([file], { DATABASE_URL: url })).toMatchObject({ code: 0 });
    expect(await runBackup([file], { DATABASE_URL: url })).toMatchObject({ code: 1, stderr: `Backup failed: ${file} exists already; name a new file\n` });
  }, 60_000);
});
