import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Compiles the server for production (`npm run build`): server/ to dist/server/ and shared/ to
 * dist/shared/, then `node dist/server/main.js` runs it with no npm or tsx in between, so a
 * signal reaches the server once. Data files the server reads at run time are copied beside it.
 */
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');

// Files of sources deleted since the last build must not linger.
for (const folder of ['server', 'shared']) rmSync(join(dist, folder), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.server.json')], { stdio: 'inherit' });
const demo = join(root, 'server/demo');
mkdirSync(join(dist, 'server/demo'), { recursive: true });
for (const name of readdirSync(demo).filter((n) => n.endsWith('.json'))) copyFileSync(join(demo, name), join(dist, 'server/demo', name));
console.log('Server built: node dist/server/main.js (npm run serve)');
