import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const manifest = z.object({ name: z.literal('ortstermin'), version: z.string() });

/**
 * The version in Ortstermin's package.json, found upwards from this file: the same whether the
 * server runs from its sources (tsx) or compiled to another folder.
 */
export function ortsterminVersion(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let folder = from; ; folder = dirname(folder)) {
    const file = join(folder, 'package.json');
    const found = existsSync(file) ? manifest.safeParse(JSON.parse(readFileSync(file, 'utf8'))) : null;
    if (found?.success) return found.data.version;
    if (dirname(folder) === folder) throw new Error('Ortstermin’s package.json not found above the server');
  }
}
