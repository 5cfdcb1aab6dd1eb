import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const root = new URL('../../', import.meta.url).pathname;
const lockEntry = z.object({
  license: z.string().optional(),
  dev: z.boolean().optional(),
  link: z.boolean().optional(),
  dependencies: z.record(z.string(), z.string()).optional(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
});
type LockEntry = z.infer<typeof lockEntry>;
const lockFile = z.object({ packages: z.record(z.string(), lockEntry) });
const manifest = z.object({ license: z.string().optional(), dependencies: z.record(z.string(), z.string()) });

export interface LockedPackage { name: string; license: string | undefined; shipped: boolean }

/** The project's package.json. */
export const projectManifest = () => manifest.parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Packages the built client carries to phones: what client/ and shared/ import by name, and the
 * service worker's runtime (vite-plugin-pwa's register module and the generated worker use workbox).
 */
function clientPackages(packages: Record<string, LockEntry>): string[] {
  const imported = ['client', 'shared'].flatMap((folder) => sourceFiles(join(root, folder)))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:from |import\()'((?:@[\w.-]+\/)?[\w.-]+)[^']*'/g)].map((m) => m[1] ?? ''))
    .filter((name) => name !== '' && !name.startsWith('virtual:') && !name.startsWith('node:'));
  const workbox = Object.keys(packages).map((path) => path.replace(/^node_modules\//, '')).filter((name) => /^workbox-(?!build$)[\w-]+$/.test(name));
  return [...new Set([...imported, ...workbox])];
}

/** Where Node finds `name` from the package at `from`: its own node_modules first, then its parents'. */
function resolve(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let base = from; ; base = base.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (base === '') return undefined;
  }
}

const legacyManifest = z.object({ licenses: z.array(z.object({ type: z.string() })).optional() });

/** The licence a lock entry names, else the old `licenses` list of its package.json (npm leaves those out of the lock). */
function licenceOf(path: string, entry: LockEntry): string | undefined {
  if (entry.license !== undefined) return entry.license;
  const legacy = legacyManifest.parse(JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8'))).licenses;
  return legacy && legacy.length > 0 ? legacy.map((l) => l.type).join(' OR ') : undefined;
}

/** Every installed package with its licence, and whether the server or the built client ships it. */
export function lockedPackages(): LockedPackage[] {
  const { packages } = lockFile.parse(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')));
  const shipped = new Set<string>();
  const visit = (from: string, name: string) => {
    const path = resolve(packages, from, name);
    if (path === undefined || shipped.has(path)) return;
    shipped.add(path);
    const entry = packages[path];
    for (const dependency of Object.keys({ ...entry?.dependencies, ...entry?.optionalDependencies })) visit(path, dependency);
  };
  for (const name of [...Object.keys(projectManifest().dependencies), ...clientPackages(packages)]) visit('', name);
  return Object.entries(packages)
    .filter(([path, entry]) => path !== '' && !entry.link)
    .map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ''), license: licenceOf(path, entry), shipped: shipped.has(path) }));
}
