import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTypes, type CommandType } from '../../shared/commands.js';
import { errorCodes, type CommandResult } from '../../shared/errors.js';
import { socketEvents } from '../../shared/events.js';
import { maxPayloadDepth } from '../../server/kernel/payloadDepth.js';
import { addQuestionFixture, samplePayloads, type QuestionFixture } from '../support/questionFixture.js';
import { TestDevice } from '../support/socketClient.js';
import { createTestApp, startTestServer, type RunningApp } from '../support/testServer.js';

let app: RunningApp;
let organizer: TestDevice;
let attendee: TestDevice;
let fixture: QuestionFixture;

beforeAll(async () => {
  // Limits off: this is about malformed input, not about floods.
  const unlimited = [1_000_000, 1] as const;
  app = await startTestServer({
    config: { rateLimits: { askPerDevice: unlimited, askPerAddress: unlimited, votePerDevice: unlimited, votePerAddress: unlimited, staffPerToken: unlimited } },
  });
  fixture = await addQuestionFixture(app.server);
  organizer = await new TestDevice(app.url, { token: app.organizerToken }).connect();
  attendee = await new TestDevice(app.url).connect();
});

afterAll(async () => {
  organizer?.disconnect();
  attendee?.disconnect();
  await app?.close();
});

const knownCodes = new Set<string>(errorCodes);

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';
const kindOf = (value: unknown): Kind | 'other' =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (['string', 'number', 'boolean', 'object'] as const).find((k) => typeof value === k) ?? 'other';

/** A value of another kind than `like`; where `like` is null (a nullable id), not a string either. */
function otherKind(like: unknown): fc.Arbitrary<unknown> {
  const refused = new Set<Kind | 'other'>([kindOf(like), ...(like === null ? (['string'] as const) : [])]);
  const values: fc.Arbitrary<unknown>[] = [
    fc.string({ maxLength: 300 }),
    fc.integer(),
    // Finite only: both transports send JSON, where NaN and ±Infinity arrive as null, a valid nullable id.
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
  ];
  return fc.oneof(...values).filter((value) => !refused.has(kindOf(value)));
}

/** Arrays `depth` levels deep, one inside the other. */
function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

/**
 * Payloads wrong by construction, never by asking the schema under test: not an object at all,
 * or the command's valid sample with one of its fields replaced by a value of another kind, or
 * by arrays nested deeper than any command goes (tests/integration/fuzzStaffText.test.ts sends
 * thousands of levels as raw frames; socket.io-client itself cannot encode those).
 */
function malformed(type: CommandType): fc.Arbitrary<unknown> {
  const notAnObject = fc.anything().filter((value) => kindOf(value) !== 'object');
  const valid = samplePayloads[type](fixture) as Record<string, unknown>;
  // A command without fields ("Jetzt löschen") is spoiled by a field it does not have; one whose
  // value is undefined is no field once sent as JSON (CI found `{ " ": undefined }` accepted as `{}`).
  const present = fc.anything().filter((value) => value !== undefined);
  if (Object.keys(valid).length === 0) return fc.oneof(notAnObject, fc.dictionary(fc.string({ minLength: 1 }), present, { minKeys: 1 }));
  const fieldSpoiled = fc
    .constantFrom(...Object.keys(valid))
    .chain((key) => otherKind(valid[key]).map((wrong) => ({ ...valid, [key]: wrong })));
  const fieldNested = fc
    .record({ key: fc.constantFrom(...Object.keys(valid)), depth: fc.integer({ min: maxPayloadDepth + 1, max: 400 }) })
    .map(({ key, depth }) => ({ ...valid, [key]: nestedArrays(depth) }));
  return fc.oneof(notAnObject, fieldSpoiled, fieldNested);
}

/** Sends as the organizer, who may send every command: what comes back is about the payload. */
async function sendAsOrganizer(command: unknown, viaHttp: boolean): Promise<CommandResult> {
  if (!viaHttp) return organizer.sendRaw(command);
  const response = await fetch(`${app.url}/api/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.organizerToken}`, 'x-device-id': organizer.deviceId ?? '' },
    body: JSON.stringify(command),
  });
  const result = (await response.json()) as CommandResult;
  if (!result.ok) expect(response.status).toBeLessThan(500);
  return result;
}

describe('fuzzing every command on both transports', () => {
  it('sends the samples the fuzzing spoils: each of them is accepted as it is', async () => {
    for (const type of commandTypes) {
      const fresh = await createTestApp();
      const payload = samplePayloads[type](await addQuestionFixture(fresh.server));
      const result = await fresh.server.dispatch({ role: 'organizer', deviceId: 'sample-device' }, { id: randomUUID(), type, payload });
      expect({ type, result }).toMatchObject({ type, result: { ok: true } });
    }
  });

  it.each(commandTypes)('%s: malformed payloads get a typed validation error and change nothing', async (type) => {
    await fc.assert(
      fc.asyncProperty(malformed(type), fc.boolean(), async (payload, viaHttp) => {
        const before = { seq: app.store.log.lastSeq(), state: app.server.live.state() };
        const result = await sendAsOrganizer({ id: randomUUID(), type, payload }, viaHttp);
        // Never accepted, never a crash: the one code for "your input is wrong".
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
        expect(app.store.log.lastSeq()).toBe(before.seq);
        expect(app.server.live.state()).toBe(before.state);
      }),
      { numRuns: 40 },
    );
  });

  it('survives garbage envelopes and events on the socket', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (raw) => {
        const before = { seq: app.store.log.lastSeq(), state: app.server.live.state() };
        const result = await attendee.sendRaw(raw);
        expect(result.ok).toBe(false);
        const code = result.ok ? '' : result.error.code;
        expect(knownCodes.has(code) && code !== 'internal').toBe(true);
        attendee.unchecked.emit(socketEvents.receipt, raw);
        expect(app.store.log.lastSeq()).toBe(before.seq);
        expect(app.server.live.state()).toBe(before.state);
      }),
      { numRuns: 100 },
    );
    expect(attendee.socket.connected).toBe(true);
  });
});

describe('fuzzing every HTTP route', () => {
  const routes: { method: string; path: (s: string) => string }[] = [
    { method: 'GET', path: () => '/api/snapshot' },
    { method: 'GET', path: (s) => `/api/changes?since=${encodeURIComponent(s)}` },
    { method: 'POST', path: () => '/api/commands' },
    { method: 'POST', path: () => '/api/access/redeem' },
    { method: 'GET', path: () => '/api/access/codes' },
    { method: 'POST', path: () => '/api/access/codes' },
    { method: 'POST', path: (s) => `/api/access/codes/${encodeURIComponent(s)}/revoke` },
    { method: 'GET', path: () => '/api/figures' },
    { method: 'GET', path: () => '/api/me' },
  ];

  it.each(routes)('$method $path', async (route) => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.oneof(fc.string(), fc.json()), fc.constantFrom('none', 'organizer', 'garbage'), async (s, body, auth) => {
        const before = app.store.log.lastSeq();
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (auth === 'organizer') headers.authorization = `Bearer ${app.organizerToken}`;
        if (auth === 'garbage') headers.authorization = `Bearer ${s}`;
        const response = await fetch(`${app.url}${route.path(s)}`, { method: route.method, headers, body: route.method === 'POST' ? body : undefined });
        expect(response.status).toBeLessThan(500);
        const json = await response.json();
        if (response.status >= 400) expect(knownCodes.has(json.error.code)).toBe(true);
        expect(app.store.log.lastSeq()).toBe(before);
      }),
      { numRuns: 30 },
    );
  });
});
