import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandTypes, type CommandType } from '../../shared/commands.js';
import { errorCodes } from '../../shared/errors.js';
import { commandRoles, deviceBoundCommands, type Role } from '../../shared/roles.js';
import { addQuestionFixture, samplePayloads, standA } from '../support/questionFixture.js';
import { createTestApp, type TestApp } from '../support/testServer.js';

/** The poll and feedback commands, from the one command list. */
const pollCommands = commandTypes.filter((type) => type.startsWith('poll:') || type.startsWith('feedback:'));

interface Caller {
  name: string;
  role: Role;
  deviceId?: string;
}
const callers: Caller[] = [
  { name: 'anonymous attendee', role: 'attendee' },
  { name: 'attendee', role: 'attendee', deviceId: 'device-attendee' },
  { name: 'host', role: 'host', deviceId: 'device-host' },
  { name: 'moderator', role: 'moderator', deviceId: 'device-moderator' },
  { name: 'organizer', role: 'organizer', deviceId: 'device-organizer' },
];

function expected(caller: Caller, type: CommandType): string {
  if (!commandRoles[type].includes(caller.role)) return caller.role === 'attendee' ? 'unauthenticated' : 'forbidden';
  if (deviceBoundCommands.includes(type) && !caller.deviceId) return 'invalid_command';
  return 'ok';
}

async function post(app: TestApp, caller: Caller, body: unknown): Promise<{ ok: boolean; error?: { code: string } }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller.role !== 'attendee') {
    const { code } = app.server.access.createCode({ role: caller.role, standId: caller.role === 'host' ? standA : null, label: caller.name });
    headers.authorization = `Bearer ${app.server.access.redeem(code)!.token}`;
  }
  if (caller.deviceId) headers['x-device-id'] = caller.deviceId;
  const response = await app.server.fetch(new Request('http://ortstermin.test/api/commands', { method: 'POST', headers, body: JSON.stringify(body) }));
  return (await response.json()) as { ok: boolean; error?: { code: string } };
}

describe.each(callers)('poll commands by $name', (caller) => {
  it.each(pollCommands)('%s follows the role table (and needs a device where it counts once)', async (type) => {
    const app = createTestApp();
    const fixture = await addQuestionFixture(app.server);
    const before = { seq: app.store.lastSeq(), state: app.server.live.state() };
    const body = await post(app, caller, { id: randomUUID(), type, payload: samplePayloads[type](fixture) });
    const outcome = expected(caller, type);
    if (outcome === 'ok') {
      expect(body).toEqual({ ok: true, seq: app.store.lastSeq() });
      expect(app.store.lastSeq()).toBeGreaterThan(before.seq);
    } else {
      expect(body).toMatchObject({ ok: false, error: { code: outcome } });
      expect(app.server.live.state()).toBe(before.state);
    }
  });
});

const knownCodes = new Set<string>(errorCodes);
/** Poll-shaped garbage: the fields these commands read, with any values, hostile keys included. */
const malformed = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom('pollId', 'setup', 'answer', 'word', 'sessionId', 'stars', 'comment', '__proto__', 'constructor'), fc.anything()),
  fc.record({
    pollId: fc.uuid(),
    answer: fc.oneof(
      fc.record({ kind: fc.constant('choice'), options: fc.array(fc.integer({ min: -5, max: 20 })) }),
      fc.record({ kind: fc.constant('rating'), value: fc.oneof(fc.integer(), fc.double()) }),
      fc.record({ kind: fc.constant('words'), words: fc.array(fc.string({ maxLength: 60 }), { maxLength: 6 }) }),
    ),
  }),
  fc.record({ sessionId: fc.string(), stars: fc.integer({ min: -2, max: 8 }), comment: fc.string({ maxLength: 700 }) }),
);

describe('poll commands under fuzzing', () => {
  it.each(pollCommands)('%s: malformed input gets a typed error and changes nothing', async (type) => {
    const app = createTestApp({ config: { rateLimits: { askPerDevice: [1e6, 1], askPerAddress: [1e6, 1], votePerDevice: [1e6, 1], votePerAddress: [1e6, 1] } } });
    await addQuestionFixture(app.server);
    const moderator: Caller = { name: 'moderator', role: 'moderator', deviceId: 'fuzz-moderator' };
    await fc.assert(
      fc.asyncProperty(malformed, async (payload) => {
        const before = app.store.lastSeq();
        const result = await post(app, moderator, { id: randomUUID(), type, payload });
        if (result.ok) return; // a random value that happens to be valid may succeed
        expect(knownCodes.has(result.error?.code ?? '')).toBe(true);
        expect(app.store.lastSeq()).toBe(before);
      }),
      { numRuns: 30 },
    );
  });
});
