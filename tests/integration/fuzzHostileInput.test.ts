import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { eventMarginMs } from '../../shared/instants.js';
import { TestDevice } from '../support/socketClient.js';
import { startTestServer, type RunningApp } from '../support/testServer.js';
import { expectRefused } from '../support/refusal.js';

let app: RunningApp;
let moderator: TestDevice;
let attendee: TestDevice;
let event: { startsAt: number; endsAt: number };

beforeAll(async () => {
  const unlimited = [1_000_000, 1] as const;
  app = await startTestServer({ config: { rateLimits: { askPerDevice: unlimited, askPerAddress: unlimited } } });
  moderator = await new TestDevice(app.url, { token: app.moderatorToken }).connect();
  attendee = await new TestDevice(app.url).connect();
  const info = app.server.live.state().event!;
  event = { startsAt: Date.parse(info.startsAt), endsAt: Date.parse(info.endsAt) };
});

afterAll(async () => {
  moderator?.disconnect();
  attendee?.disconnect();
  await app?.close();
});

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
/** An ISO instant with any offset, written as a client could: years 0000–9999, offsets ±14:00. */
const anyInstant = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 1999 }), fc.integer({ min: 2100, max: 9999 }), fc.constantFrom(0, 1, 1999, 2100, 9999)),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
  })
  .map(({ year, month, day, hour, offset }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:59:59${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`);
/** Just outside the event's days, on either side. */
const nearEdge = fc
  .record({ before: fc.boolean(), by: fc.integer({ min: 1, max: 90 * 24 * 60 }) })
  .map(({ before, by }) => new Date(before ? event.startsAt - eventMarginMs - by * 60_000 : event.endsAt + eventMarginMs + by * 60_000).toISOString());

describe('edge-of-range instants', () => {
  it('moving or adding a session to any of them is refused and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyInstant, nearEdge), fc.constantFrom('startsAt', 'endsAt'), async (at, field) => {
        await expectRefused(app.server, () => moderator.send('session:move', { sessionId: 'westpfalz-wiki', [field]: at }));
        const sessionId = `fuzz-${randomUUID().slice(0, 8)}`;
        const slot = { startsAt: '2026-05-14T15:00:00+02:00', endsAt: '2026-05-14T15:30:00+02:00', [field]: at };
        await expectRefused(app.server, () => moderator.send('session:add', { sessionId, title: 'Fuzz', roomId: 'seminar-1', ...slot }));
      }),
      { numRuns: 60 },
    );
  });
});

// Only the low half of a surrogate pair: a high one next to it would make a real character.
const invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u202A', '\u2066', '\u2069', '\u200E', '\u0000', '\u0007', '\u001B', '\u007F', '\uDFFF', ' ', '\t', '\n', '\u3000', '\uFE0F'];
const invisibleText = fc.array(fc.constantFrom(...invisible), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));

describe('invisible and control characters', () => {
  it('text that is empty after removing them is refused in every text field', async () => {
    await fc.assert(
      fc.asyncProperty(invisibleText, async (text) => {
        const target = { kind: 'session' as const, id: 'digitale-doerfer' };
        await expectRefused(app.server, () => attendee.send('question:ask', { questionId: randomUUID(), target, text }));
        await expectRefused(app.server, () => moderator.send('announcement:post', { level: 'info', text }));
        await expectRefused(app.server, () => moderator.send('session:rename', { sessionId: 'westpfalz-wiki', title: text }));
      }),
      { numRuns: 60 },
    );
  });
});

const prototypeIds = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'];

describe('prototype-like ids', () => {
  it.each(prototypeIds)('%s names nothing: every command on it gets a typed error', async (id) => {
    await expectRefused(app.server, () => attendee.send('question:ask', { questionId: randomUUID(), target: { kind: 'session', id }, text: 'Hallo?' }));
    await expectRefused(app.server, () => attendee.send('question:ask', { questionId: randomUUID(), target: { kind: 'stand', id }, text: 'Hallo?' }));
    await expectRefused(app.server, () => moderator.send('session:move', { sessionId: id, roomId: 'seminar-1' }));
    await expectRefused(app.server, () => moderator.send('session:move', { sessionId: 'westpfalz-wiki', roomId: id }));
    await expectRefused(app.server, () => moderator.send('session:cancel', { sessionId: id }));
    await expectRefused(app.server, () => moderator.send('session:rename', { sessionId: id, title: 'Neu' }));
    await expectRefused(app.server, () => moderator.send('moderation:set-mode', { sessionId: id, mode: 'pre' }));
    await expectRefused(app.server, () => moderator.send('moderation:pause-questions', { sessionId: id, paused: true }));
    await expectRefused(app.server, () => moderator.send('question:stage', { sessionId: id, questionId: null }));
    await expectRefused(app.server, () => moderator.send('stand:set-status', { standId: id, text: 'Da', availability: 'available' }));
  });
});
