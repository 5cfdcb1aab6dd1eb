import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTypes } from '../../shared/commands.js';
import { errorCodes } from '../../shared/errors.js';
import { socketEvents } from '../../shared/events.js';
import { addQuestionFixture } from '../support/questionFixture.js';
import { TestDevice } from '../support/socketClient.js';
import { startTestServer, type RunningApp } from '../support/testServer.js';

let app: RunningApp;
let moderator: TestDevice;
let attendee: TestDevice;

beforeAll(async () => {
  // Limits off: this is about malformed input, not about floods.
  const unlimited = [1_000_000, 1] as const;
  app = await startTestServer({
    config: { rateLimits: { askPerDevice: unlimited, askPerAddress: unlimited, votePerDevice: unlimited, votePerAddress: unlimited } },
  });
  await addQuestionFixture(app.server);
  moderator = await new TestDevice(app.url, { token: app.moderatorToken }).connect();
  attendee = await new TestDevice(app.url).connect();
});

afterAll(async () => {
  moderator?.disconnect();
  attendee?.disconnect();
  await app?.close();
});

const knownCodes = new Set<string>(errorCodes);
/** Payloads a schema should refuse: wrong shapes, wrong types, huge and hostile strings. */
const malformed = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom('sessionId', 'questionId', 'text', 'target', 'up', 'level', 'roomId', '__proto__', 'constructor'), fc.anything()),
  fc.record({ questionId: fc.string(), target: fc.anything(), text: fc.string({ maxLength: 2000 }) }),
);

describe('fuzzing every command on both transports', () => {
  it.each(commandTypes)('%s: malformed payloads get a typed error and change nothing', async (type) => {
    await fc.assert(
      fc.asyncProperty(malformed, fc.boolean(), async (payload, viaHttp) => {
        const before = app.store.lastSeq();
        const command = { id: randomUUID(), type, payload };
        const result = viaHttp
          ? await (await fetch(`${app.url}/api/commands`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${app.moderatorToken}` },
              body: JSON.stringify(command),
            })).json()
          : await moderator.sendRaw(command);
        if (result.ok) return; // a random value that happens to be valid is allowed to succeed
        expect(knownCodes.has(result.error.code)).toBe(true);
        expect(app.store.lastSeq()).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('survives garbage envelopes and events on the socket', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (raw) => {
        const before = app.store.lastSeq();
        const result = await attendee.sendRaw(raw);
        expect(result.ok).toBe(false);
        expect(knownCodes.has(result.ok ? '' : result.error.code)).toBe(true);
        attendee.socket.emit(socketEvents.receipt, raw);
        expect(app.store.lastSeq()).toBe(before);
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
        const before = app.store.lastSeq();
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (auth === 'organizer') headers.authorization = `Bearer ${app.organizerToken}`;
        if (auth === 'garbage') headers.authorization = `Bearer ${s}`;
        const response = await fetch(`${app.url}${route.path(s)}`, { method: route.method, headers, body: route.method === 'POST' ? body : undefined });
        expect(response.status).toBeLessThan(500);
        const json = await response.json();
        if (response.status >= 400) expect(knownCodes.has(json.error.code)).toBe(true);
        expect(app.store.lastSeq()).toBe(before);
      }),
      { numRuns: 30 },
    );
  });
});
