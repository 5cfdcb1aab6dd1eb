import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const sources = ['client', 'shared', 'vite.config.ts', 'scripts/precompress.ts', 'package-lock.json'].map((p) => join(root, p));
// CLIENT_DIR is also what the server serves, so a test run can build and serve its own copy.
const outDir = resolve(root, process.env.CLIENT_DIR ?? 'dist/client');
const builtMarker = join(outDir, 'index.html');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when the client build is missing or older than any of its sources. */
export function clientBuildIsStale(): boolean {
  if (!existsSync(builtMarker)) return true;
  const built = statSync(builtMarker).mtimeMs;
  return sources.some((source) => newestMtime(source) > built);
}

export async function ensureClientBuild(): Promise<void> {
  if (!clientBuildIsStale()) return;
  console.log('Building the client …');
  await build({ root: join(root, 'client'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureClientBuild();
}
