import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoEventId, neutralEventName } from '../../shared/demo.js';
import { ServerProcess } from '../support/serverProcess.js';

const started: ServerProcess[] = [];
afterEach(async () => {
  for (const server of started.splice(0)) await server.dispose();
});

/** A server process on a fresh data folder, serving no client (these tests read the API). */
function serverOn(env: Record<string, string> = {}): ServerProcess {
  const server = new ServerProcess(env);
  server.env.CLIENT_DIR = join(server.dataDir.path, 'no-client');
  started.push(server);
  return server;
}

const stateReply = z.object({
  snapshot: z.object({
    state: z.object({
      event: z.object({ id: z.string(), name: z.string(), venue: z.string() }),
      rooms: z.record(z.string(), z.unknown()),
      sessions: z.record(z.string(), z.unknown()),
      stands: z.record(z.string(), z.unknown()),
      floorPlan: z.unknown().nullable(),
    }),
  }),
});
const codesReply = z.object({ codes: z.array(z.object({ role: z.string(), label: z.string(), revokedAt: z.string().nullable() })) });

const linesOf = (output: string, label: string) => output.split('\n').filter((line) => line.startsWith(`${label}: `));

async function codesSeenBy(server: ServerProcess, token: string) {
  const response = await fetch(`${server.url}/api/access/codes`, { headers: { authorization: `Bearer ${token}` } });
  return codesReply.parse(await response.json()).codes;
}

describe('the first start', () => {
  it('without the demo has no demo data and prints one organizer link', async () => {
    const server = await serverOn({ ORTSTERMIN_DEMO: 'off' }).start();

    expect(linesOf(server.output, 'Organizer')).toHaveLength(1);
    expect(linesOf(server.output, 'Moderator')).toHaveLength(0);
    const { state } = stateReply.parse(await (await fetch(`${server.url}/api/snapshot`)).json()).snapshot;
    expect(state.event).toMatchObject({ name: neutralEventName, venue: '' });
    expect(state.event.id).not.toBe(demoEventId);
    expect([state.rooms, state.sessions, state.stands]).toEqual([{}, {}, {}]);
    expect(state.floorPlan).toBeNull();
    const token = await server.tokenFor(server.links.organizer);
    expect((await codesSeenBy(server, token)).map((code) => code.role)).toEqual(['organizer']);
  });

  it('with the demo prints both links and keeps them in staff-codes.json, 0600, written whole', async () => {
    const server = await serverOn().start();

    expect(linesOf(server.output, 'Moderator')).toHaveLength(1);
    const file = join(server.dataDir.path, 'staff-codes.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ organizer: server.links.organizer, moderator: server.links.moderator });
    expect(server.output).toContain(file);
  });
});

describe('a later start', () => {
  it.each([['with the demo', {}], ['without the demo', { ORTSTERMIN_DEMO: 'off' }]])('%s prints no codes, says where they are, and makes none', async (_, env) => {
    const server = await serverOn(env).start();
    const firstLinks = { ...server.links };
    await server.stop('SIGTERM');
    const before = server.output.length;
    await server.start();

    const second = server.output.slice(before);
    expect(second).toMatch(/^Attendees: /m);
    expect(linesOf(second, 'Organizer')).toHaveLength(0);
    expect(linesOf(second, 'Moderator')).toHaveLength(0);
    expect(second).toContain(join(server.dataDir.path, 'staff-codes.json'));
    expect(second).toContain('/organizer');
    // The first start's links still open the event, and no second pair was made.
    const codes = await codesSeenBy(server, await server.tokenFor(firstLinks.organizer));
    expect(codes.filter((code) => code.role === 'organizer')).toHaveLength(1);
  });
});
