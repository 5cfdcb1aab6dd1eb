import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useServers } from '../support/useServers.js';
import { tempDir } from '../support/testServer.js';

const { defer } = useServers();
const shipped = readFileSync(new URL('../../deploy/ortstermin.service', import.meta.url), 'utf8');

/** `systemd-analyze verify` on a unit text; it exits 0 even for unknown keys, so its complaints are the result. */
function verify(unit: string): { status: number | null; complaints: string } {
  const dir = tempDir('ortstermin-unit-');
  defer(() => dir.remove());
  const file = join(dir.path, 'ortstermin.service');
  // systemd checks that ExecStart's program exists: the node running this test stands in for /usr/bin/node.
  writeFileSync(file, unit.replaceAll('/usr/bin/node', process.execPath));
  const run = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
  return { status: run.status, complaints: `${run.stdout}${run.stderr}`.trim() };
}

/** The values a key has in the unit, comments left out. */
const values = (key: string) => shipped.split('\n').filter((line) => line.startsWith(`${key}=`)).map((line) => line.slice(key.length + 1));

describe('deploy/ortstermin.service', () => {
  it('passes systemd-analyze verify without a complaint', () => {
    expect(verify(shipped)).toEqual({ status: 0, complaints: '' });
  });

  it('the check finds a mistyped key or value (it would let a broken unit through otherwise)', () => {
    expect(verify(shipped.replace('Restart=on-failure', 'Restart=sometimes')).complaints).toMatch(/restart/i);
    expect(verify(shipped.replace('KillSignal=', 'KillSignall=')).complaints).toMatch(/Unknown key/);
  });

  it('runs the compiled server as an unprivileged user, restarts it on failure, and stops it with one SIGTERM', () => {
    expect(values('ExecStart')).toEqual(['/usr/bin/node /opt/ortstermin/dist/server/main.js']);
    expect(values('User')).toEqual(['ortstermin']);
    expect(values('Restart')).toEqual(['on-failure']);
    expect(values('StateDirectory')).toEqual(['ortstermin']);
    expect(values('Environment')).toContain('DATA_DIR=/var/lib/ortstermin');
    expect(values('KillSignal')).toEqual(['SIGTERM']);
    expect(values('TimeoutStopSec')).toEqual(['15']);
    for (const hardening of ['NoNewPrivileges', 'ProtectSystem', 'ProtectHome', 'PrivateTmp']) expect(values(hardening), hardening).not.toEqual([]);
    // V8 compiles code at run time: a unit that forbids writable executable memory would not start.
    expect(values('MemoryDenyWriteExecute')).toEqual([]);
  });
});
