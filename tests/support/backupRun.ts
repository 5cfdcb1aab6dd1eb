import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';

export interface BackupRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run backup -- ARGS` as an operator types it, with this environment (DATA_DIR, DATABASE_URL, PATH). */
export function runBackup(args: string[], env: Record<string, string>): Promise<BackupRun> {
  return new Promise((done) => {
    execFile('npm', ['run', '--silent', 'backup', '--', ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The seq a backup reported for one of its files (`ortstermin.db`, `events/<id>.db`, `public`, `event_…`). */
export function reportedSeq(run: BackupRun, location: string): number {
  const found = new RegExp(`${location.replace(/[.]/g, '\\.')} up to change (\\d+)`).exec(run.stdout);
  if (!found) throw new Error(`no seq for ${location} in: ${run.stdout}${run.stderr}`);
  return Number(found[1]);
}

const snapshotReply = z.object({ snapshot: z.unknown() });

/** The public snapshot a server serves for one event (`slug`) or its root event. */
export async function servedSnapshot(url: string, slug?: string): Promise<unknown> {
  const response = await fetch(`${url}${slug ? `/${slug}` : ''}/api/snapshot`);
  return snapshotReply.parse(await response.json()).snapshot;
}

/** Every file and folder under `dir` with its permission bits, e.g. `{ 'ortstermin.db': '600' }`. */
export function filesWithModes(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      const stat = statSync(path);
      found[relative(dir, path)] = (stat.mode & 0o777).toString(8);
      if (stat.isDirectory()) walk(path);
    }
  };
  walk(dir);
  return found;
}
