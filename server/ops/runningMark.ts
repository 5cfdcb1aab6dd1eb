import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The file in DATA_DIR by which a running server says which database it writes. */
export const runningMarkName = 'server.json';

const markSchema = z.object({ pid: z.number().int(), database: z.string(), startedAt: z.string() });
export type RunningMark = z.infer<typeof markSchema>;

/**
 * Written once the server has opened its database, removed when it stops gracefully. The backup
 * reads it: a backup of a folder no running server writes would copy an old database and call it
 * current (issue 29). Readable by the operator only, like everything in DATA_DIR.
 */
export function announceRunning(dataDir: string, database: string): () => void {
  const file = join(dataDir, runningMarkName);
  const mark: RunningMark = { pid: process.pid, database, startedAt: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(mark)}\n`, { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

/** The mark of the server running on this folder now; null when none is there or its process is gone (kill -9). */
export function runningServer(dataDir: string): RunningMark | null {
  const file = join(dataDir, runningMarkName);
  if (!existsSync(file)) return null;
  const mark = markSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return mark.success && isAlive(mark.data.pid) ? mark.data : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user (the service account).
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
