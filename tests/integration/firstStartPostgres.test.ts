import { statSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { ServerProcess } from '../support/serverProcess.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();
const started: ServerProcess[] = [];
afterEach(async () => {
  for (const server of started.splice(0)) await server.dispose();
});

async function organizerCodes(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`SELECT count(*)::int AS n FROM access_codes WHERE role = 'organizer'`;
    return Number(row?.n);
  } finally {
    await sql.end();
  }
}

describe('the first codes on PostgreSQL', () => {
  it('two processes on one fresh PostgreSQL database create one organizer code between them', async () => {
    const url = await cluster().createDatabase();
    // Each with its own DATA_DIR, as two machines would be; started at the same moment.
    const processes = [new ServerProcess({ DATABASE_URL: url }), new ServerProcess({ DATABASE_URL: url })];
    started.push(...processes);
    for (const p of processes) p.env.CLIENT_DIR = `${p.dataDir.path}/no-client`;
    await Promise.all(processes.map((p) => p.start()));

    expect(await organizerCodes(url)).toBe(1);
    const printed = processes.filter((p) => /^Organizer: /m.test(p.output));
    expect(printed).toHaveLength(1);
    const other = processes.find((p) => !printed.includes(p));
    expect(other?.output).toMatch(/^Staff links: printed only at the first start/m);
    // The printed link opens the event on either process.
    const link = printed[0]!.links.organizer;
    await expect(other!.tokenFor(link)).resolves.toEqual(expect.any(String));
  });
});

describe('the documented first start on PostgreSQL', () => {
  it('DATABASE_URL with a DATA_DIR that does not exist yet: the start makes the folder (0700) and its staff-codes.json (0600)', async () => {
    const url = await cluster().createDatabase();
    const server = new ServerProcess({ DATABASE_URL: url });
    started.push(server);
    const dataDir = join(server.dataDir.path, 'not', 'yet', 'there');
    Object.assign(server.env, { DATA_DIR: dataDir, CLIENT_DIR: join(server.dataDir.path, 'no-client') });
    await server.start();

    expect(server.links.organizer).toMatch(/#code=/);
    expect((statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
    expect((statSync(join(dataDir, 'staff-codes.json')).mode & 0o777).toString(8)).toBe('600');
  });
});
