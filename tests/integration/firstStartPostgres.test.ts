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
