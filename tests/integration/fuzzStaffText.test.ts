import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import type { CommandType } from '../../shared/commands.js';
import { errorCodes, type CommandResult } from '../../shared/errors.js';
import { socketEvents } from '../../shared/events.js';
import { addQuestionFixture, type QuestionFixture } from '../support/questionFixture.js';
import { maxBodyBytes } from '../../server/transport/httpApp.js';
import { rawEventWithAck } from '../support/rawSocket.js';
import { TestDevice } from '../support/socketClient.js';
import { demoDay, startTestServer, type RunningApp } from '../support/testServer.js';
import { expectRefused } from '../support/refusal.js';

/**
 * Issue 28, items 3 and 4: every text field staff type or import, fuzzed with control, bidi and
 * invisible characters and with thousands of nested arrays in its place, on both transports.
 */

let app: RunningApp;
let organizer: TestDevice;
let f: QuestionFixture;

beforeAll(async () => {
  app = await startTestServer();
  f = await addQuestionFixture(app.server);
  organizer = await new TestDevice(app.url, { token: app.organizerToken }).connect();
});

afterAll(async () => {
  organizer?.disconnect();
  await app?.close();
});

interface StaffTextField {
  /** A required text that shows nothing is refused; an optional one may be empty. */
  required: boolean;
  command(text: unknown): { type: CommandType; payload: unknown };
}

const demo = loadDemoEvent(demoDay);
const slot = { startsAt: '2026-05-14T15:00:00+02:00', endsAt: '2026-05-14T15:30:00+02:00', roomId: 'seminar-1' };
const rating = { sessionId: 'digitale-doerfer', kind: 'rating', scale: 5, question: 'Wie war es?', options: [] };
const choice = { sessionId: 'digitale-doerfer', kind: 'single', question: 'Schon im Einsatz?', options: ['Ja', 'Nein'] };
const field = (required: boolean, type: CommandType, payload: (text: unknown) => unknown): StaffTextField => ({
  required,
  command: (text) => ({ type, payload: payload(text) }),
});

/** Every text field of every staff command, by where it is. */
const staffTextFields: Record<string, StaffTextField> = {
  'announcement:post text': field(true, 'announcement:post', (text) => ({ level: 'info', text })),
  'announcement:post textEn': field(false, 'announcement:post', (textEn) => ({ level: 'info', text: 'Hallo', textEn })),
  'announcement:correct text': field(true, 'announcement:correct', (text) => ({ announcementId: f.announcement, text })),
  'announcement:correct textEn': field(false, 'announcement:correct', (textEn) => ({ announcementId: f.announcement, text: 'Hallo', textEn })),
  'session:rename title': field(true, 'session:rename', (title) => ({ sessionId: 'westpfalz-wiki', title })),
  'session:cancel reason': field(false, 'session:cancel', (reason) => ({ sessionId: 'kaffeepause', reason })),
  'session:add title': field(true, 'session:add', (title) => ({ sessionId: `fuzz-${randomUUID().slice(0, 8)}`, title, ...slot })),
  'session:add abstract': field(false, 'session:add', (abstract) => ({ sessionId: `fuzz-${randomUUID().slice(0, 8)}`, title: 'Fuzz', abstract, ...slot })),
  'session:add speakers[]': field(true, 'session:add', (speaker) => ({ sessionId: `fuzz-${randomUUID().slice(0, 8)}`, title: 'Fuzz', speakers: [speaker], ...slot })),
  'event:configure name': field(true, 'event:configure', (name) => ({ name })),
  'event:configure venue': field(false, 'event:configure', (venue) => ({ venue })),
  'event:configure address': field(false, 'event:configure', (address) => ({ address })),
  'event:configure city': field(false, 'event:configure', (city) => ({ city })),
  'event:configure description': field(false, 'event:configure', (description) => ({ description })),
  'event:configure links[].label': field(true, 'event:configure', (label) => ({ links: [{ label, url: 'https://example.org/' }] })),
  'room:create name': field(true, 'room:create', (name) => ({ name })),
  'room:create floor': field(false, 'room:create', (floor) => ({ name: `Raum ${randomUUID().slice(0, 8)}`, floor })),
  'room:rename name': field(true, 'room:rename', (name) => ({ roomId: 'seminar-2', name })),
  'poll:create question': field(true, 'poll:create', (question) => ({ pollId: randomUUID(), setup: { ...choice, question } })),
  'poll:create options[]': field(true, 'poll:create', (option) => ({ pollId: randomUUID(), setup: { ...choice, options: ['Ja', option] } })),
  'poll:create lowLabel': field(false, 'poll:create', (lowLabel) => ({ pollId: randomUUID(), setup: { ...rating, lowLabel } })),
  'poll:create highLabel': field(false, 'poll:create', (highLabel) => ({ pollId: randomUUID(), setup: { ...rating, highLabel } })),
  'poll:hide-word word': field(true, 'poll:hide-word', (word) => ({ pollId: f.draftPoll, word })),
  'question:answer text': field(true, 'question:answer', (text) => ({ questionId: f.standQuestion, text })),
  'stand:set-status text': field(false, 'stand:set-status', (text) => ({ standId: 'digitale-doerfer', text, availability: 'available' })),
  'programme:import event.name': field(true, 'programme:import', (name) => ({ programme: { ...demo, stands: undefined, event: { ...demo.event, name } } })),
  'programme:import sessions[].title': field(true, 'programme:import', (title) => ({
    programme: { event: demo.event, rooms: demo.rooms, sessions: demo.sessions.map((s, i) => (i === 0 ? { ...s, title } : s)) },
  })),
  'stands:import stands[].name': field(true, 'stands:import', (name) => {
    const file = loadDemoStands();
    return { ...file, stands: file.stands.map((s, i) => (i === 0 ? { ...s, name } : s)) };
  }),
};
const fieldNames = Object.keys(staffTextFields);

const knownCodes = new Set<string>(errorCodes);

/** Sends the command's JSON as written, over HTTP or as a raw socket frame: nothing on the way re-encodes it. */
async function sendJson(commandJson: string, viaHttp: boolean): Promise<CommandResult> {
  if (!viaHttp) return (await rawEventWithAck(app.url, `["${socketEvents.command}",${commandJson}]`, { token: app.organizerToken })) as CommandResult;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${app.organizerToken}` };
  const response = await fetch(`${app.url}/api/commands`, { method: 'POST', headers, body: commandJson });
  const result = (await response.json()) as CommandResult;
  if (!result.ok) expect(response.status).toBeLessThan(500);
  return result;
}

async function send(command: { type: CommandType; payload: unknown }, viaHttp: boolean): Promise<CommandResult> {
  const json = JSON.stringify({ id: randomUUID(), ...command });
  return viaHttp ? sendJson(json, true) : organizer.sendRaw(JSON.parse(json));
}

/** Characters no stored text may hold: C0 and C1 controls but tab and line breaks, bidi controls, lone surrogates. */
const forbidden =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function forbiddenTexts(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && forbidden.test(value)) found.push(JSON.stringify(value));
  else if (value && typeof value === 'object') Object.values(value).forEach((inner) => forbiddenTexts(inner, found));
  return found;
}

const hostile = ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u202E', '\u202A', '\u2066', '\u200E', '\u061C', '\uD800', '\uDFFF', '\u200B', '\uFEFF', '\t', '\n'];
const words = ['Saal', 'Kaffee', 'Dörfer', 'Straße', 'Ü', '😀', '42'];
const mixedText = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...hostile)), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const invisibleText = fc.array(fc.constantFrom('\u0000', '\u0007', '\u202E', '\u2066', '\u200B', '\uFEFF', '\uDFFF', ' ', '\t', '\n'), { minLength: 1, maxLength: 20 }).map((parts) => parts.join(''));

describe('every staff text field, fuzzed', () => {
  it.each(fieldNames)('%s: words mixed with control, bidi and invisible characters never reach the state', async (name) => {
    await fc.assert(
      fc.asyncProperty(mixedText, fc.boolean(), async (text, viaHttp) => {
        const result = await send(staffTextFields[name]!.command(text), viaHttp);
        if (!result.ok) expect(knownCodes.has(result.error.code) && result.error.code !== 'internal', JSON.stringify(result)).toBe(true);
        expect(forbiddenTexts(app.server.live.state())).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it.each(fieldNames.filter((name) => staffTextFields[name]!.required))('%s: text that shows nothing once cleaned is refused', async (name) => {
    await fc.assert(
      fc.asyncProperty(invisibleText, fc.boolean(), async (text, viaHttp) => {
        await expectRefused(app.server, () => send(staffTextFields[name]!.command(text), viaHttp));
      }),
      { numRuns: 8 },
    );
  });

  it.each(fieldNames)('%s: thousands of nested arrays in its place get invalid_command', async (name) => {
    const placeholder = `deep-${randomUUID()}`;
    const json = JSON.stringify({ id: randomUUID(), ...staffTextFields[name]!.command(placeholder) });
    // As deep as fits under the 16 KiB cap, counted in UTF-8 bytes with the socket frame's own
    // wrapping (the cap's own refusal is another test's): a stand's German text is longer in bytes.
    const frameOverhead = '421["command",]'.length + 16;
    const deepest = Math.min(8000, Math.floor((maxBodyBytes - Buffer.byteLength(json) - frameOverhead) / 2));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 33, max: deepest }), fc.boolean(), async (depth, viaHttp) => {
        const deep = json.replace(JSON.stringify(placeholder), `${'['.repeat(depth)}${']'.repeat(depth)}`);
        await expectRefused(app.server, () => sendJson(deep, viaHttp), 'invalid_command');
      }),
      { numRuns: 6 },
    );
  });
});
