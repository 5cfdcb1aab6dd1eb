import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandTypes } from '../../shared/commands.js';
import { errorCodes } from '../../shared/errors.js';
import { addQuestionFixture } from '../support/questionFixture.js';
import { createTestApp, type TestApp } from '../support/testServer.js';

/** The poll and feedback commands, from the one command list. */
const pollCommands = commandTypes.filter((type) => type.startsWith('poll:') || type.startsWith('feedback:'));

async function post(app: TestApp, token: string, deviceId: string, body: unknown): Promise<{ ok: boolean; error?: { code: string } }> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-device-id': deviceId };
  const response = await app.server.fetch(new Request('http://ortstermin.test/api/commands', { method: 'POST', headers, body: JSON.stringify(body) }));
  return (await response.json()) as { ok: boolean; error?: { code: string } };
}

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
    const app = await createTestApp({ config: { rateLimits: { askPerDevice: [1e6, 1], askPerAddress: [1e6, 1], votePerDevice: [1e6, 1], votePerAddress: [1e6, 1] } } });
    await addQuestionFixture(app.server);
    // Who may send them is the authorization matrix's (authorizationMatrix.test.ts); here only the payload counts.
    const { code } = (await app.server.access.createCode({ role: 'moderator', standId: null, label: 'fuzz' }));
    const token = (await app.server.access.redeem(code))!.token;
    const issued = await app.server.deviceIds.issue(undefined);
    if (!('deviceId' in issued)) throw new Error('no device id issued');
    await fc.assert(
      fc.asyncProperty(malformed, async (payload) => {
        const before = app.store.log.lastSeq();
        const result = await post(app, token, issued.deviceId, { id: randomUUID(), type, payload });
        if (result.ok) return; // a random value that happens to be valid may succeed
        expect(knownCodes.has(result.error?.code ?? '')).toBe(true);
        expect(app.store.log.lastSeq()).toBe(before);
      }),
      { numRuns: 30 },
    );
  });
});
