import { execFile } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { blobPath, type PlanImage, type SignVideo } from '../../shared/media.js';
import { planImageUploadReply, signVideoUploadReply } from '../../shared/mediaSchemas.js';
import { runBackup, servedSnapshot } from '../support/backupRun.js';
import { solidPng, tinyMp4 } from '../support/mediaFiles.js';
import { postgresBin } from '../support/postgres.js';
import { ServerProcess } from '../support/serverProcess.js';
import { tempDir } from '../support/testServer.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const run = promisify(execFile);
const cluster = useThrowawayPostgres();
const servers: ServerProcess[] = [];
const scratch = tempDir('ortstermin-blob-backup-');
afterAll(async () => {
  for (const s of servers) await s.dispose();
  scratch.remove();
});
const started = async (server: ServerProcess) => (servers.push(server), server.start());

/** The organizer's upload, as the organizer page makes it: the bytes, their type; the reply and the token for the command. */
async function upload(server: ServerProcess, path: string, type: string, bytes: Buffer): Promise<{ token: string; reply: unknown }> {
  const token = await server.tokenFor(server.links.organizer);
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${token}` }, body: new Uint8Array(bytes) });
  return { token, reply: await response.json() };
}

async function uploadSignVideo(server: ServerProcess, bytes: Buffer): Promise<SignVideo> {
  const { token, reply } = await upload(server, '/api/sign-video', 'video/mp4', bytes);
  const { video } = signVideoUploadReply.parse(reply);
  expect(await server.command(token, 'event:set-sign-video', { video })).toMatchObject({ ok: true });
  return video;
}

/** The floor plan's image, uploaded and put on the map. */
async function uploadPlanImage(server: ServerProcess, bytes: Buffer): Promise<PlanImage> {
  const { token, reply } = await upload(server, '/api/plan/image', 'image/png', bytes);
  const { image } = planImageUploadReply.parse(reply);
  expect(await server.command(token, 'plan:set-image', { image })).toMatchObject({ ok: true });
  return image;
}

async function served(url: string, file: { hash: string }): Promise<Buffer> {
  const response = await fetch(`${url}${blobPath(file.hash)}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

// Several chunks of the store, so a backup that kept only some would show.
const video = tinyMp4(700 * 1024);
const plan = solidPng(40, 30, [200, 220, 240]);
/** The plan as stored: its bytes without the author's text chunk. */
const planWithoutAuthor = (bytes: Buffer) => !bytes.toString('latin1').includes('Hausmeister') && bytes.includes(Buffer.from('IDAT'));

describe('uploaded files are in the database, so in every backup', () => {
  it('SQLite: the backup folder restored serves the DGS video and links it', async () => {
    const server = await started(new ServerProcess());
    const stored = await uploadSignVideo(server, video);
    const target = join(scratch.path, 'sqlite-backup');
    expect(await runBackup([target], { DATA_DIR: server.dataDir.path })).toMatchObject({ code: 0 });
    await server.stop('SIGTERM');
    const restoredDir = join(scratch.path, 'sqlite-restored');
    cpSync(target, restoredDir, { recursive: true });
    const restored = await started(new ServerProcess({ DATA_DIR: restoredDir }));
    expect((await served(restored.url, stored)).equals(video)).toBe(true);
    expect(await servedSnapshot(restored.url)).toMatchObject({ state: { signVideo: stored } });
  }, 90_000);

  it('PostgreSQL: a second process serves what the first stored (DGS video, plan image), and pg_restore of the dump serves them too', async () => {
    const url = await cluster().createDatabase();
    const first = await started(new ServerProcess({ DATABASE_URL: url }));
    const second = await started(new ServerProcess({ DATABASE_URL: url }));
    const stored = await uploadSignVideo(first, video);
    const image = await uploadPlanImage(first, plan);
    expect((await served(second.url, stored)).equals(video)).toBe(true);
    const imageOnSecond = await served(second.url, image);
    expect(imageOnSecond.length).toBe(image.size);
    expect(planWithoutAuthor(imageOnSecond)).toBe(true);
    await expect.poll(async () => servedSnapshot(second.url), { timeout: 15_000 }).toMatchObject({ state: { planImage: image } });

    const file = join(scratch.path, 'blobs.dump');
    const backup = await runBackup([file], { DATABASE_URL: url });
    expect(backup, backup.stderr).toMatchObject({ code: 0 });
    const restoredUrl = await cluster().createDatabase(`blobs_restored_${process.pid}`);
    await run(join(postgresBin, 'pg_restore'), ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${restoredUrl}`, file]);
    const restored = await started(new ServerProcess({ DATABASE_URL: restoredUrl }));
    expect((await served(restored.url, stored)).equals(video)).toBe(true);
    expect((await served(restored.url, image)).equals(imageOnSecond)).toBe(true);
    expect(await servedSnapshot(restored.url)).toMatchObject({ state: { signVideo: stored, planImage: image } });
  }, 150_000);
});
