import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { documentedFields, fieldAt } from '../bench/fields.js';
import { tempDir } from '../support/testServer.js';

/**
 * The benchmark is not a test: this only runs its harness at N = 50 (every scenario, every
 * process, no browser) and checks that the JSON has every documented field. No figure is judged.
 */
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

describe('benchmark harness', () => {
  it('runs at N = 50 and writes every documented field', async () => {
    const dir = tempDir('ortstermin-bench-smoke-');
    try {
      const out = join(dir.path, 'latest.json');
      await promisify(execFile)(process.execPath, ['--import', 'tsx', 'tests/bench/run.ts', '--smoke', '--out', out], {
        cwd: root,
        // The smoke run takes about 2½ minutes on a quiet 2-core machine; a busy one must not fail it.
        timeout: 420_000,
        maxBuffer: 10 * 1024 * 1024,
      });
      const json: unknown = JSON.parse(readFileSync(out, 'utf8'));
      const wrong = documentedFields.filter(({ path, nullable }) => {
        const value = fieldAt(json, path);
        return value === null ? !nullable : typeof value !== 'number' || !Number.isFinite(value);
      });
      expect(wrong.map(({ path }) => `${path} = ${JSON.stringify(fieldAt(json, path))}`)).toEqual([]);
      expect(fieldAt(json, 'fanout.n')).toBe(50);
      expect(fieldAt(json, 'meta.mode')).toBe('smoke');
      // The cluster section (a PostgreSQL cluster, two processes) belongs to the standard run only.
      expect(fieldAt(json, 'cluster')).toBeNull();
    } finally {
      dir.remove();
    }
  }, 450_000);
});
